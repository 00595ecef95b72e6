-- Shared piece of trowel's spectrogram views (spectro_all, spectro_file):
-- the columns a spectrogram is made of. A view gets them with
--     local S = require("spectro")
-- (loaded from this `common` folder as views/common/process.lua is; see
-- there). Every call returns new tables, so a view may change them.

local S = {}

-- The spectrogram columns: the latency bucket (csysdig-reference.md §1.5)
-- as the key and as a column, and the number of calls in each bucket.
function S.columns()
  return {
    { name = "NA", field = "evt.latency.quantized", is_key = true,
      description = "Latency bucket (the row key)." },
    { name = "LATENCY", field = "evt.latency.quantized",
      description = "Latency bucket." },
    { name = "COUNT", field = "evt.count", colsize = 8, aggregation = "SUM",
      description = "Calls in the bucket." },
  }
end

return S
