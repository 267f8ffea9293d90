-- wrk script for bench/bench_api_upload.py --load wrk: each request uploads one certificate PDF
-- (multipart part "files", made unique by a comment after %%EOF) with its own Idempotency-Key, to
-- the applications given, in turn. Set by the bench through the environment:
--   WRK_KEY      the API key            WRK_APPS  application ids, comma-separated
--   WRK_PDF_DIR  folder of 0.pdf ...    WRK_OUT   file for the results (one line per request)
-- Every request sent and every answer (status, document id) is written to WRK_OUT by done(), so
-- the bench can check afterwards that each answered upload is stored exactly once.

local key = os.getenv("WRK_KEY")
local out_path = os.getenv("WRK_OUT")
local pdf_dir = os.getenv("WRK_PDF_DIR")
local boundary = "certledgerbenchboundary7d1c"

local apps = {}
for id in string.gmatch(os.getenv("WRK_APPS") or "", "%d+") do
  apps[#apps + 1] = id
end

local pdfs = {}
for i = 0, 999 do
  local f = io.open(pdf_dir .. "/" .. i .. ".pdf", "rb")
  if f == nil then break end
  pdfs[#pdfs + 1] = f:read("*a")
  f:close()
end

local threads = {}
local counter = 0 -- per thread: requests built so far

function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

sent = {}     -- "app name" of each request this thread built
answers = {}  -- "status app name doc_id" of each response this thread read

function request()
  counter = counter + 1
  local app = apps[(counter + tid * 7) % #apps + 1]
  local name = string.format("w%d-%06d.pdf", tid, counter)
  local body = "--" .. boundary .. "\r\n"
    .. 'Content-Disposition: form-data; name="files"; filename="' .. name .. '"\r\n'
    .. "Content-Type: application/pdf\r\n\r\n"
    .. pdfs[counter % #pdfs + 1] .. "\n% upload " .. name .. "\n"
    .. "\r\n--" .. boundary .. "--\r\n"
  local headers = {
    ["Authorization"] = "Bearer " .. key,
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Idempotency-Key"] = name,
  }
  sent[#sent + 1] = app .. " " .. name
  return wrk.format("POST", "/api/v1/applications/" .. app .. "/documents", headers, body)
end

function response(status, headers, body)
  local app = string.match(body, '"application_id":(%d+)') or "?"
  local name = string.match(body, '"file_name":"([^"]*)"') or "?"
  local doc = string.match(body, '"id":(%d+)') or "?"
  answers[#answers + 1] = status .. " " .. app .. " " .. name .. " " .. doc
end

function done(summary, latency, requests)
  local out = io.open(out_path, "w")
  out:write(string.format(
    "summary %d %d %d %d %d %d %d\n", summary.duration, summary.requests, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout
  ))
  out:write(string.format(
    "latency_us %d %d %d %d\n", latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max
  ))
  for _, thread in ipairs(threads) do
    for _, line in ipairs(thread:get("sent")) do out:write("sent " .. line .. "\n") end
    for _, line in ipairs(thread:get("answers")) do out:write("answer " .. line .. "\n") end
  end
  out:close()
end
