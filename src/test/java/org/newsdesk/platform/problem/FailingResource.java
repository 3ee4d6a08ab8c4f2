package org.newsdesk.platform.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists in tests only: an endpoint that fails the way a bug would, to check the catch-all 500. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("SELECT secret FROM pg_shadow; at org.newsdesk.Secret.leak(Secret.java:1)");
    }
}
