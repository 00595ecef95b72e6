-- trowel chisel: the data exchanged on sockets matching fd.port.
description = "Show the data exchanged using the given IP port number: every successful read and write on IPv4/IPv6 sockets whose either end matches, as a coloured header (red: read, blue: write) when the direction changes, then the data."
short_description = "Show the data exchanged using the given IP port number"
category = "Net"
args = {
  { name = "host_port", description = "the port (either end of the connection)", argtype = "int" },
  { name = "disable_color", description = "'disable_colors' to print without ANSI colours", argtype = "string", optional = true },
}

require("trowel_spy").install("host_port", "fd.port")
