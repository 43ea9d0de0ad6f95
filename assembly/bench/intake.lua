-- wrk script: POST /api/v1/cases with a different valid applicant each time (pool of 2,000).
--   wrk -t2 -c64 -d20s --latency -s assembly/bench/intake.lua http://127.0.0.1:8181 -- clerk PASSWORD
local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = "10X98765432"
local counter = 0
local auth

local function applicant(i)
  local birth = string.format("%04d%02d%02d", 1980 + math.floor(i / 300) % 25, 1 + math.floor(i / 25) % 12, 1 + i % 25)
  local first17 = "440305" .. birth .. string.format("%03d", (i * 7) % 1000)
  local sum = 0
  for k = 1, 17 do sum = sum + tonumber(first17:sub(k, k)) * weights[k] end
  local r = sum % 11 + 1
  return first17 .. checks:sub(r, r)
end

local function b64(s)
  local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  return ((s:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({"", "==", "="})[#s % 3 + 1])
end

function init(args)
  auth = "Basic " .. b64(args[1] .. ":" .. args[2])
  counter = math.random(0, 1999)
end

function request()
  counter = counter + 1
  local body = '{"itemCode":"police-no-criminal-record","applicantNumber":"' .. applicant(counter % 2000)
    .. '","form":{"purpose":"就业"},"materials":[{"code":"id-card","presented":true}],'
    .. '"channel":"counter","window":"B01","profile":{"name":"压测申请人"}}'
  return wrk.format("POST", "/api/v1/cases", {["Content-Type"] = "application/json", ["Authorization"] = auth}, body)
end
