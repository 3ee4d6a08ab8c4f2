package org.newsdesk.platform.db.faults;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists in tests only: a database error that is a bug, not an outage, which must stay a 500. */
@Path("/test-only/broken-query")
public class BrokenQueryResource {

    private final EntityManager entityManager;

    public BrokenQueryResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Operation(hidden = true)
    public String query() {
        return String.valueOf(entityManager.createNativeQuery("SELECT no_such_column FROM news_item").getResultList());
    }
}
