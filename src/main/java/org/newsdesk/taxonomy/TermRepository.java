package org.newsdesk.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Topics and regions as admins change them: locked by slug, checked for use, written. */
@ApplicationScoped
public class TermRepository {

    /** What still uses an entry: items tagged with it (in any workflow state) and, for a region, its countries. */
    public record Usage(long items, long countries) {
    }

    private final EntityManager em;

    public TermRepository(EntityManager em) {
        this.em = em;
    }

    /** The entry with this slug, its row locked until the transaction ends. */
    public Optional<Term> lockedBySlug(TermKind kind, String slug) {
        return em.createQuery("FROM " + kind.entity.getSimpleName() + " WHERE slug = :slug", kind.entity)
                .setParameter("slug", slug).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .map(Term.class::cast).findFirst();
    }

    /**
     * Whether an entry of this kind has the slug, asked under a transaction-long advisory lock on it, so that
     * two admins giving the same new slug at once cannot both find it free.
     */
    public boolean slugTaken(TermKind kind, String slug) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", kind.label + ":" + slug).getSingleResult();
        return !em.createQuery("SELECT 1 FROM " + kind.entity.getSimpleName() + " WHERE slug = :slug")
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    public Usage usage(TermKind kind, long id) {
        Object[] row = (Object[]) em.createNativeQuery(switch (kind) {
            case TOPIC -> "SELECT (SELECT count(*) FROM news_topic WHERE topic_id = :id), 0";
            case REGION -> """
                    SELECT (SELECT count(*) FROM news_region WHERE region_id = :id),
                           (SELECT count(*) FROM country WHERE region_id = :id)""";
        }).setParameter("id", id).getSingleResult();
        return new Usage(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public void persist(Term term) {
        em.persist(term);
    }

    public void remove(Term term) {
        em.remove(term);
    }

    /** Writes the changes so far, so that a read in the same transaction sees them. */
    public void flush() {
        em.flush();
    }
}
