-- wrk script for the warm-up: each request takes the next of the paths given after `--`, in turn
-- (NNN becomes a new number, as in p95.lua), so every page of a run is hot at once while the
-- runtime's tiered JIT recompiles what they run (tools/perf/run.sh, WARM_ALL).
local paths = {}
local i = 0
local counter = 0

init = function(args)
  for _, p in ipairs(args) do paths[#paths + 1] = p end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  counter = math.random(1, 500000)
end

request = function()
  i = i % #paths + 1
  counter = counter + 1
  return wrk.format(nil, (paths[i]:gsub("NNN", tostring(counter))))
end
