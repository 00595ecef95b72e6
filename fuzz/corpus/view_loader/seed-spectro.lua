view_info = {
  id = "spectro", name = "Spectro", view_type = "spectrogram", filter = "evt.dir=<",
  drilldown_increase_depth = false, propagate_filter = false, spectro_type = "x",
  columns = {
    { name = "NA", field = "evt.latency.quantized", is_key = true },
    { name = "LAT", field = "evt.latency.quantized", aggregation = "MIN" },
    { name = "COUNT", field = "evt.count", aggregation = "SUM", filter_in_child_only = true },
  },
}
