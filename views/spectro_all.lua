-- trowel built-in view: spectro_all.
--
-- Keyed on evt.latency.quantized, the logarithmic latency bucket of
-- csysdig-reference.md §1.5 (screen width 80 outside the TUI).

local S = require("spectro")  -- views/common/spectro.lua

view_info = {
  id = "spectro_all",
  name = "Spectrogram-All",
  description = "A heat map of how long system calls take: latency on a log scale from left (1 ns) to right (100 s), one line per time slice, colour for how many calls.",
  tips = {
    "Fast calls sit to the left, slow ones to the right; a red stripe far to the right is many slow calls.",
    "Two separate clouds usually mean two kinds of work, for example cache hits and disk reads.",
    "Select a rectangle with two clicks to list the calls inside it.",
  },
  tags = {"Default"},
  view_type = "spectrogram",
  filter = "evt.dir=<",
  applies_to = {"evt.type"},
  use_defaults = false,
  columns = S.columns(),
}
