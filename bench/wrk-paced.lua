-- wrk -s wrk-paced.lua URL -- <delay ms> /path1 /path2 ...: each connection cycles through the paths
-- and waits <delay ms> between requests, so the rate is connections × 1000 / delay (the soak's pace).
local paths = {}
local pause = 0
local next_index = 1

init = function(args)
  pause = tonumber(args[1])
  for i = 2, #args do
    paths[i - 1] = args[i]
  end
  next_index = math.random(#paths)
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

delay = function()
  return pause
end
