-- wrk script: GET /api/v1/items?q=... cycling through typical searches (pinyin initials, full pinyin,
-- Chinese words, composite names), each connection starting at a different one.
--   wrk -t2 -c64 -d15s --latency -s assembly/bench/search.lua http://127.0.0.1:8181
local words = {"rcyj", "人才引进", "营业执照", "yyzz", "户籍", "社保", "餐饮", "开办餐饮店", "食品经营许可",
  "出生", "婚姻登记", "hunyin", "公积金", "施工许可", "人才入户", "证明", "消防", "环评", "招牌", "dj"}
local paths = {}
for i, w in ipairs(words) do
  paths[i] = "/api/v1/items?q=" .. w:gsub("[^%w]", function(c) return string.format("%%%02X", c:byte()) end)
end
local n = 0

function init(args)
  n = math.random(0, #paths - 1)
end

function request()
  n = n + 1
  return wrk.format("GET", paths[n % #paths + 1])
end
