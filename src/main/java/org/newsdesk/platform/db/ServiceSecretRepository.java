package org.newsdesk.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;

/** The table service_secret: keys made once, on the first start, and shared by every instance. */
@ApplicationScoped
public class ServiceSecretRepository {

    private final EntityManager em;

    public ServiceSecretRepository(EntityManager em) {
        this.em = em;
    }

    /** The key of this name, made now (32 random bytes) if no instance has made it yet. */
    @Transactional
    public byte[] loadOrCreate(String name) {
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
