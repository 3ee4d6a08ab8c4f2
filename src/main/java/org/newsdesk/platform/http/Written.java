package org.newsdesk.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to a write of any resource: its bytes exactly as a GET will send them (so the ETag is the one a
 * GET shows), their ETag and the resource's URL. Never stored by a cache: it answers one caller's change.
 */
public record Written(byte[] body, String etag, URI location, boolean replayed) {

    /** The stored answer to an earlier request with the same Idempotency-Key, sent again. */
    public static Written replay(byte[] body, String etag, URI location) {
        return new Written(body, etag, location, true);
    }

    /** 201 with Location; a replayed answer says so in Idempotent-Replayed. */
    public Response created() {
        Response.ResponseBuilder response = answer(Response.created(location));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** 200 with the resource as it now is. */
    public Response ok() {
        return answer(Response.ok()).build();
    }

    private Response.ResponseBuilder answer(Response.ResponseBuilder response) {
        return response.entity(body).type(MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
