package org.newsdesk.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An ISO 3166-1 country, keyed by its alpha-2 code, with its region where one applies. */
@Entity
public class Country {

    @Id
    @Column(length = 2)
    public String code;

    @Column(nullable = false, length = 128)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    public Region region;
}
