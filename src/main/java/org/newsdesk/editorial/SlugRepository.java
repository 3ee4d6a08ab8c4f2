package org.newsdesk.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.newsdesk.platform.problem.ProblemException;
import org.newsdesk.platform.text.Slugs;

/**
 * News slugs, current and old: a slug belongs to one item for good, whether as its current slug or as
 * an alias that redirects to it. Checks run under a transaction-scoped advisory lock on the slug, so
 * two writers never claim the same one.
 */
@ApplicationScoped
class SlugRepository {

    private final EntityManager em;

    SlugRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A slug made from the title that is free for item {@code id} (null for a new item): the title's
     * slug, or it with -2, -3 … appended. A slug the item itself had before is free for it; a reserved one
     * (a title "Archive") is never free.
     */
    String freeFromTitle(String title, Long id) {
        String base = Slugs.fromTitle(title);
        lock(base);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (n > 1) {
                lock(candidate);
            }
            if (Slugs.RESERVED.contains(candidate)) {
                continue;
            }
            Optional<Long> owner = owner(candidate);
            if (owner.isEmpty() || owner.get().equals(id)) {
                return candidate;
            }
        }
    }

    /** Claims a slug an editor chose for item {@code id} (null for a new item): 409 if another item has it. */
    void claim(String slug, Long id) {
        lock(slug);
        Optional<Long> owner = owner(slug);
        if (owner.isPresent() && !owner.get().equals(id)) {
            throw ProblemException.conflict("The slug '" + slug + "' belongs to another news item (now or before); "
                    + "choose another or leave slug out to have one made from the title.");
        }
    }

    /** Records a change of slug: the old one redirects, the new one is no longer an alias. */
    void moved(long id, String from, String to) {
        em.createNativeQuery("DELETE FROM news_slug_alias WHERE slug = :to AND news_id = :id")
                .setParameter("to", to).setParameter("id", id).executeUpdate();
        em.createNativeQuery("INSERT INTO news_slug_alias (slug, news_id) VALUES (:from, :id)")
                .setParameter("from", from).setParameter("id", id).executeUpdate();
    }

    private Optional<Long> owner(String slug) {
        return em.createNativeQuery("""
                SELECT id FROM news_item WHERE slug = :slug
                UNION ALL
                SELECT news_id FROM news_slug_alias WHERE slug = :slug""")
                .setParameter("slug", slug)
                .getResultStream().map(id -> ((Number) id).longValue()).findFirst();
    }

    private void lock(String slug) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('news-slug:' || :slug))")
                .setParameter("slug", slug).getSingleResult();
    }
}
