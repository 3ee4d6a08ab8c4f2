package org.newsdesk.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;

/**
 * Translation groups in SQL. A group's membership is written with plain UPDATEs and not through the entities: it is
 * not content, so joining or leaving a group changes no item's revision or update time.
 */
@ApplicationScoped
class TranslationRepository {

    /** An item of a group. */
    record Member(long id, String language, String slug) {
    }

    private final EntityManager em;

    TranslationRepository(EntityManager em) {
        this.em = em;
    }

    /** A new group's number. */
    long newGroup() {
        return ((Number) em.createNativeQuery("SELECT nextval('news_translation_group_seq')").getSingleResult())
                .longValue();
    }

    /**
     * The group's items as stored, read without flushing the editor's pending change first, so that a change the
     * group refuses is never written. Not locked: two writers adding one language to a group at once meet at the
     * unique index of (group, language), where the later one waits for the first and then fails (a 409).
     */
    @SuppressWarnings("unchecked")
    List<Member> members(long group) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT n.id, n.language, n.slug FROM news_item n
                WHERE n.translation_group = :group""")
                .setParameter("group", group).setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().map(row -> new Member(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
    }

    /** Puts the items into {@code group} (null: into none). */
    void setGroup(List<Long> ids, Long group) {
        em.createNativeQuery("UPDATE news_item SET translation_group = :group WHERE id = ANY (CAST(:ids AS bigint[]))")
                .setParameter("group", group).setParameter("ids", ids.toArray(Long[]::new)).executeUpdate();
    }
}
