package org.newsdesk.platform.db;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.Rendered;

/** Exists in tests only: a public read that the standby cannot complete (its connection ends) and the primary answers. */
@Path("/test-only/replica-sensitive")
public class ReplicaSensitiveResource {

    private final HttpCaching caching;

    public ReplicaSensitiveResource(HttpCaching caching) {
        this.caching = caching;
    }

    @GET
    @Operation(hidden = true)
    public Response read(@Context HttpHeaders headers, @Context UriInfo uri) {
        // On the standby the query ends its own connection (57P01), a failure of the route, not of the read.
        return caching.get(headers, uri, session -> Rendered.of(Map.of("answer", session.em().createNativeQuery(
                "SELECT CASE WHEN pg_is_in_recovery() THEN CASE WHEN pg_terminate_backend(pg_backend_pid()) THEN 0 END "
                        + "ELSE 42 END")
                .getSingleResult())));
    }
}
