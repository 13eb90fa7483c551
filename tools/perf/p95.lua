-- wrk script: a path with NNN in it gets a new number there on every request (a filter no cache
-- has seen: /?min=NNN measures the timeline's first view of a filter), and the reporter prints one
-- line "RESULT p50_ms p95_ms p99_ms requests_per_second non2xx".
local counter = 0

init = function(args)
  -- Each wrk thread has its own Lua state: seed each differently so their numbers differ.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  counter = math.random(1, 500000)
end

request = function()
  local path = wrk.path
  if path:find("NNN", 1, true) then
    counter = counter + 1
    path = path:gsub("NNN", tostring(counter))
  end
  return wrk.format(nil, path)
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT %.2f %.2f %.2f %.1f %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), non2xx))
end
