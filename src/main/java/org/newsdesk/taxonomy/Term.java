package org.newsdesk.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What topics and regions share: an entry of the vocabulary with a slug for URLs and a name for people. */
@MappedSuperclass
public abstract class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(nullable = false, length = 128)
    public String name;
}
