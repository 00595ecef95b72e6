-- trowel chisel: Top files by number of errors
description = "Files by the number of failed system calls on them, including opens that failed (the file that was tried); the 100 largest."
short_description = "Top files by number of errors"
category = "Errors"
args = {}

require("trowel_top").define{
  keys = {"fd.name"}, headers = {"Filename"},
  value = "evt.count", value_header = "#Errors", units = "none",
  filter = "evt.failed=true and fd.name exists and (fd.type=file or evt.type in (open, openat, openat2, creat))", top = 100,
}
