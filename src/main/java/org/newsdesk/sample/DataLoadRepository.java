package org.newsdesk.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The table data_load: which one-time loads a database has had, claimed under an advisory lock. */
@ApplicationScoped
public class DataLoadRepository {

    private final EntityManager em;

    public DataLoadRepository(EntityManager em) {
        this.em = em;
    }

    /** Waits for the transaction-long lock with this key, so that instances starting together load once. */
    public void lock(long key) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", key).getSingleResult();
    }

    public boolean loaded(String name) {
        return !em.createNativeQuery("SELECT 1 FROM data_load WHERE name = :name").setParameter("name", name)
                .getResultList().isEmpty();
    }

    /** Records the load, and starts each item's history with its content as loaded. */
    public void recordLoaded(String name) {
        em.flush();
        em.createNativeQuery("SELECT record_first_revisions()").getSingleResult();
        em.createNativeQuery("INSERT INTO data_load (name) VALUES (:name)").setParameter("name", name).executeUpdate();
    }
}
