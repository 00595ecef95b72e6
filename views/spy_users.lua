-- trowel built-in view: spy_users.

view_info = {
  id = "spy_users",
  name = "Spy Users",
  description = "What people typed: every program started, plus directory changes made in shells, with the user and the time.",
  tips = {
    "SHELL is the parent process id: lines with the same SHELL come from the same terminal session.",
    "Good for reconstructing what someone did on the machine during the capture.",
  },
  tags = {"Default"},
  view_type = "list",
  filter = "((evt.type=execve and evt.dir=<) or (evt.type=chdir and evt.dir=< and proc.name contains sh and not proc.name contains sshd)) and evt.failed=false",
  applies_to = {"", "container.id", "proc.pid", "thread.nametid", "thread.tid", "proc.name"},
  use_defaults = true,
  columns = {
    { name = "TIME", field = "evt.time", colsize = 19,
      description = "When the command ran." },
    { name = "USER", field = "user.name", colsize = 12,
      description = "Who ran it." },
    { name = "SHELL", field = "proc.ppid", colsize = 8,
      description = "Id of the parent (usually the shell)." },
    { name = "Command", field = "proc.exeline", colsize = 0, aggregation = "MAX",
      description = "The command line (for chdir: the shell's)." },
  },
}
