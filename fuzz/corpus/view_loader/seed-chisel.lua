description = "a chisel"
args = {}
function on_init() chisel.set_filter("evt.type=open") return true end
