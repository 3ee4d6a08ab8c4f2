-- wrk -s wrk-header.lua URL -- '<etag>': every request carries If-None-Match (the 304 scenario).
init = function(args)
  wrk.headers["If-None-Match"] = args[1]
end
