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

/** Exists in tests only: a public read whose SQL fails on a standby (division by zero) and works on the primary. */
@Path("/test-only/replica-sensitive")
public class ReplicaSensitiveResource {

    private final HttpCaching caching;
    private final ReplicaReads reads;

    public ReplicaSensitiveResource(HttpCaching caching, ReplicaReads reads) {
        this.caching = caching;
        this.reads = reads;
    }

    @GET
    @Operation(hidden = true)
    public Response read(@Context HttpHeaders headers, @Context UriInfo uri) {
        return caching.get(headers, uri, () -> Rendered.of(Map.of("answer", reads.entityManager()
                .createNativeQuery("SELECT 42 / (1 - pg_is_in_recovery()::int)").getSingleResult())));
    }
}
