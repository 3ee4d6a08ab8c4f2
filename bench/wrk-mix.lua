-- wrk -s wrk-mix.lua http://127.0.0.1:8090 -- /path1 /path2 ...: the warm-up, each connection cycling
-- through the scenario paths so that every code path is compiled by the JIT before measuring.
local paths = {}
local next_index = 1

init = function(args)
  for i, path in ipairs(args) do
    paths[i] = path
  end
  next_index = math.random(#paths)
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
