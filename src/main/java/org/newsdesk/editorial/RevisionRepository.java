package org.newsdesk.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The revisions of news items: one row per change, with the item as written (jsonb). */
@ApplicationScoped
class RevisionRepository {

    private final EntityManager em;

    RevisionRepository(EntityManager em) {
        this.em = em;
    }

    void add(long newsId, int number, String author, Instant at, String action, List<String> changed, String content) {
        em.createNativeQuery("""
                INSERT INTO news_revision (news_id, number, author, created_at, action, changed, content)
                VALUES (:id, :number, :author, :at, :action, string_to_array(:changed, ','), CAST(:content AS jsonb))""")
                .setParameter("id", newsId)
                .setParameter("number", number)
                .setParameter("author", author)
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("action", action)
                // Field names are Java identifiers: never a comma in them.
                .setParameter("changed", String.join(",", changed))
                .setParameter("content", content)
                .executeUpdate();
    }

    /** Newest first. */
    @SuppressWarnings("unchecked")
    List<RevisionRow> list(long newsId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT number, author, created_at, action, array_to_string(changed, ','), NULL
                FROM news_revision WHERE news_id = :id ORDER BY number DESC""")
                .setParameter("id", newsId).getResultList();
        return rows.stream().map(RevisionRow::of).toList();
    }

    @SuppressWarnings("unchecked")
    Optional<RevisionRow> get(long newsId, int number) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT number, author, created_at, action, array_to_string(changed, ','), CAST(content AS text)
                FROM news_revision WHERE news_id = :id AND number = :number""")
                .setParameter("id", newsId).setParameter("number", number).getResultList();
        return rows.stream().map(RevisionRow::of).findFirst();
    }

    record RevisionRow(int number, String author, Instant createdAt, String action, List<String> changed,
            String content) {

        static RevisionRow of(Object[] row) {
            Object at = row[2];
            String changed = (String) row[4];
            return new RevisionRow(((Number) row[0]).intValue(), (String) row[1],
                    at instanceof OffsetDateTime time ? time.toInstant() : (Instant) at, (String) row[3],
                    changed == null || changed.isEmpty() ? List.of() : Arrays.asList(changed.split(",")),
                    (String) row[5]);
        }
    }
}
