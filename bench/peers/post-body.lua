-- wrk script: POST the body in $WRK_BODY_FILE as $WRK_CONTENT_TYPE (default application/json); with
-- $WRK_HEADER_LENGTH set, also Inference-Header-Content-Length (KServe V2 binary tensor data).
local f = assert(io.open(os.getenv("WRK_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("WRK_CONTENT_TYPE") or "application/json"
local headerLength = os.getenv("WRK_HEADER_LENGTH")
if headerLength and headerLength ~= "" then wrk.headers["Inference-Header-Content-Length"] = headerLength end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d socket_errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
