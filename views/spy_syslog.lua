-- trowel built-in view: spy_syslog.

view_info = {
  id = "spy_syslog",
  name = "Spy Syslog",
  description = "The messages programs sent to syslog (writes to /dev/log), decoded: who sent them, facility, severity and text.",
  tips = {
    "Shows log lines even when they never reached a log file (journald down, filtered, rotated away).",
    "Sort by SEV to bring err and crit messages together.",
  },
  tags = {"Default"},
  view_type = "list",
  filter = "fd.name contains /dev/log and evt.is_io_write=true and evt.dir=< and evt.failed=false",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "proc.name", "thread.tid",
                "fd.sport", "fd.sproto"},
  columns = {
    { name = "PID", field = "proc.pid", colsize = 8,
      description = "Process that logged." },
    { name = "PROC", field = "proc.name", colsize = 12,
      description = "Its name." },
    { name = "FAC", field = "syslog.facility.str", colsize = 8,
      description = "Syslog facility (daemon, auth, user ...)." },
    { name = "SEV", field = "syslog.severity.str", colsize = 8,
      description = "Severity (emerg ... debug)." },
    { name = "MESSAGE", field = "syslog.message", colsize = 0,
      description = "The message text." },
  },
}
