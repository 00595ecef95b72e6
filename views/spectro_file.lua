-- trowel built-in view: spectro_file.
--
-- Keyed on evt.latency.quantized (see spectro_all.lua).

local S = require("spectro")  -- views/common/spectro.lua

view_info = {
  id = "spectro_file",
  name = "Spectrogram-File",
  description = "A heat map of file I/O latency: how long operations on files take, on a log scale, over time.",
  tips = {
    "Calls served from the page cache land at the left (microseconds); disk reads show up to the right (milliseconds).",
    "Apply it to one process or one file (F2 after a drill-down) to see its I/O alone.",
    "Select a rectangle with two clicks to list the calls inside it.",
  },
  tags = {"Default"},
  view_type = "spectrogram",
  filter = "evt.dir=< and fd.type=file",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "thread.tid", "proc.name",
                "evt.res", "fd.name", "fd.containername", "fd.directory", "fd.containerdirectory"},
  use_defaults = false,
  columns = S.columns(),
}
