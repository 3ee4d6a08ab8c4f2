package org.newsdesk.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.newsdesk.platform.problem.ProblemException;

/**
 * Idempotency-Key for POST: the first request with a key claims it (in the transaction that creates the
 * item, so both commit or neither); a retry gets the first answer back. A concurrent retry waits on the
 * claim's row lock, then sees the committed answer. Keys are per caller and last a day.
 */
@ApplicationScoped
class IdempotencyRepository {

    private final EntityManager em;

    IdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    /** Empty when this request may go ahead; the stored answer for a retry; 422 for another body. */
    Optional<StoredAnswer> claim(String principal, String key, String requestHash) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'")
                .executeUpdate();
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_key (principal, key, request_hash) VALUES (:principal, :key, :hash)
                ON CONFLICT DO NOTHING""")
                .setParameter("principal", principal).setParameter("key", key).setParameter("hash", requestHash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, location, etag, response_body FROM idempotency_key
                WHERE principal = :principal AND key = :key""")
                .setParameter("principal", principal).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw ProblemException.idempotencyKeyReused();
        }
        return Optional.of(new StoredAnswer(URI.create((String) row[1]), (String) row[2], (byte[]) row[3]));
    }

    void complete(String principal, String key, StoredAnswer answer) {
        em.createNativeQuery("""
                UPDATE idempotency_key SET location = :location, etag = :etag, response_body = :body
                WHERE principal = :principal AND key = :key""")
                .setParameter("location", answer.location().toString())
                .setParameter("etag", answer.etag())
                .setParameter("body", answer.body())
                .setParameter("principal", principal).setParameter("key", key)
                .executeUpdate();
    }

    record StoredAnswer(URI location, String etag, byte[] body) {
    }
}
