view_info = {
  id = "opens", name = "Opens", view_type = "list", applies_to = {""},
  filter = "evt.type=open and evt.dir=<",
  columns = {
    { name = "TIME", field = "evt.time", colsize = 19 },
    { name = "FILE", field = "fd.name", colsize = 0 },
  },
}
