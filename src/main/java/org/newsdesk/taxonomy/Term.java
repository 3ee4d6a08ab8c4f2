package org.newsdesk.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What topics and regions share: an entry of the vocabulary with a slug for URLs and a name for people. */
@MappedSuperclass
public abstract class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    /** The English name, which answers in a language without a name of its own fall back to. */
    @Column(nullable = false, length = 128)
    public String name;

    /** Names in other languages, by ISO 639-1 code in lower case. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> names = new HashMap<>();
}
