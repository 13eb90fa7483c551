-- wrk reporter: one line "p50_ms p95_ms p99_ms requests_per_second non2xx".
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT %.2f %.2f %.2f %.1f %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), non2xx))
end
