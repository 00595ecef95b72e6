view_info = { id = "bad", name = "Bad", view_type = "tree",
  columns = { { name = "A", field = "a", aggregation = "MEDIAN", is_key = 1 } },
  actions = { { hotkey = "ab" } } }
