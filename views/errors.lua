-- trowel built-in view: errors.

view_info = {
  id = "errors",
  name = "Errors",
  description = "The error codes system calls returned (ENOENT, EAGAIN, ECONNREFUSED ...), most frequent first.",
  tips = {
    "Some errors are routine: EAGAIN on non-blocking sockets, ENOENT while searching a path. Look for the unusual ones, or for a sudden burst.",
    "Enter shows which processes got the selected error.",
    "Inside a process (Processes Errors, Enter) it shows only that process's errors.",
  },
  tags = {"Default"},
  view_type = "table",
  filter = "evt.res != SUCCESS",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "proc.name", "thread.tid",
                "fd.sport", "fd.sproto", "fd.directory", "fd.containerdirectory"},
  drilldown_target = "procs_errors",
  use_defaults = true,
  columns = {
    { name = "NA", field = "evt.res", is_key = true,
      description = "Error code (the row key)." },
    { name = "COUNT", field = "evt.count", colsize = 12, aggregation = "SUM", is_sorting = true,
      description = "How many calls returned this error." },
    { name = "ERROR", field = "evt.res", colsize = 0,
      description = "The error code." },
  },
}
