local cols = {}
for i, f in ipairs({"span.tag[%depth]", "span.count.fortag[%depth]"}) do
  cols[#cols + 1] = { name = "C" .. i, field = f, is_key = (i == 1), aggregation = (i > 1) and "TIME_AVG" or nil }
end
view_info = { id = "spans", name = "Spans", drilldown_increase_depth = true,
  drilldown_target = "spans", applies_to = {"span.tag"}, columns = cols }
