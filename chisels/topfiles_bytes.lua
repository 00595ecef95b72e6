-- trowel chisel: Top files by R+W bytes
description = "Files by the bytes read from and written to them; the 10 largest."
short_description = "Top files by R+W bytes"
category = "I/O"
args = {}

require("trowel_top").define{
  keys = {"fd.name"}, headers = {"Filename"},
  value = "evt.rawarg.res", value_header = "Bytes", units = "bytes",
  filter = "fd.type=file and evt.is_io=true", top = 10,
}
