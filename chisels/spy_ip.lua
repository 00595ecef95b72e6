-- trowel chisel: the data exchanged on sockets matching fd.ip.
description = "Show the data exchanged with the given IP address: every successful read and write on IPv4/IPv6 sockets whose either end matches, as a coloured header (red: read, blue: write) when the direction changes, then the data."
short_description = "Show the data exchanged with the given IP address"
category = "Net"
args = {
  { name = "host_ip", description = "the IP address (either end of the connection)", argtype = "ipv4" },
  { name = "disable_color", description = "'disable_colors' to print without ANSI colours", argtype = "string", optional = true },
}

require("trowel_spy").install("host_ip", "fd.ip")
