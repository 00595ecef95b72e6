view_info = {
  id = "procs_small", name = "Processes (small)", description = "per process CPU",
  tips = {"Enter drills down"}, tags = {"Default"}, view_type = "table",
  applies_to = {"", "container.id", "fd.name"}, filter = "evt.type!=switch",
  is_root = true, use_defaults = true, drilldown_target = "threads",
  columns = {
    { name = "NA", field = "thread.tid", is_key = true },
    { name = "NA", field = "proc.pid", is_groupby_key = true, filterfield = "proc.pid" },
    { name = "PID", field = "proc.pid", colsize = 7 },
    { name = "CPU", field = "thread.cpu", aggregation = "AVG", groupby_aggregation = "SUM", colsize = 8, is_sorting = true },
    { tags = {"containers"}, name = "CONTAINER", field = "container.name", colsize = 20 },
    { name = "Command", field = "proc.exeline", aggregation = "MAX", colsize = 0 },
  },
  actions = {
    { hotkey = "k", command = "kill %proc.pid", description = "kill", ask_confirmation = true, wait_finish = false },
  },
}
