package org.newsdesk.platform.db;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.List;

/**
 * Keys the service makes for itself on first start and keeps in PostgreSQL, so that every instance
 * shares them with no configuration and none is committed anywhere.
 */
@Startup
@ApplicationScoped
public class ServiceSecrets {

    private static final String CURSOR_KEY = "cursor-signing-key";
    private final byte[] cursorKey;

    public ServiceSecrets(EntityManager em) {
        this.cursorKey = QuarkusTransaction.requiringNew().call(() -> loadOrCreate(em, CURSOR_KEY));
    }

    /** The HMAC key that signs list cursors. */
    public byte[] cursorKey() {
        return cursorKey.clone();
    }

    private static byte[] loadOrCreate(EntityManager em, String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Instances starting together race here; the first insert wins and all read the same value.
        em.createNativeQuery("INSERT INTO service_secret (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                .setParameter("name", name).setParameter("value", fresh).executeUpdate();
        @SuppressWarnings("unchecked")
        List<byte[]> values = em.createNativeQuery("SELECT value FROM service_secret WHERE name = :name")
                .setParameter("name", name).getResultList();
        return values.get(0);
    }
}
