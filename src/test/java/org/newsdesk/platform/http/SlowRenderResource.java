package org.newsdesk.platform.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists in tests only: a cached GET whose render is slow and counted, to see concurrent misses share one. */
@Path("/test-only/slow-render")
public class SlowRenderResource {

    static final AtomicInteger RENDERS = new AtomicInteger();

    private final HttpCaching caching;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    public SlowRenderResource(HttpCaching caching) {
        this.caching = caching;
    }

    @GET
    @Operation(hidden = true)
    public Response render() {
        return caching.get(headers, uri, session -> {
            RENDERS.incrementAndGet();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Rendered.of(Map.of("rendered", true));
        });
    }
}
