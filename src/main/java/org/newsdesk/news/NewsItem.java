package org.newsdesk.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.newsdesk.taxonomy.Country;
import org.newsdesk.taxonomy.Region;
import org.newsdesk.taxonomy.Topic;

/** A news item as stored. Never serialised: the API speaks in records (see {@link NewsMapper}). */
@Entity
@Table(name = "news_item")
public class NewsItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 2000)
    public String summary;

    @Column(columnDefinition = "text")
    public String body;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(nullable = false, length = 20)
    public NewsType type = NewsType.NEWS;

    @Column(nullable = false, length = 16)
    public NewsStatus status = NewsStatus.PUBLISHED;

    /** The language of items written without one, and of everything written before languages (V13's default). */
    public static final String DEFAULT_LANGUAGE = "en";

    /** ISO 639-1 code in lower case (BCP 47's primary tag). */
    @Column(nullable = false, length = 2)
    public String language = DEFAULT_LANGUAGE;

    /** Counts every change, starting at 1; each has a row in news_revision. */
    @Column(nullable = false)
    public int revision = 1;

    /** The translation group it shares with its translations; null when it has none. Not content: no revision. */
    @Column(name = "translation_group")
    public Long translationGroup;

    @Column(name = "image_url", length = 2048)
    public String imageUrl;

    @Column(name = "image_alt", length = 300)
    public String imageAlt;

    @Column(name = "image_credit", length = 300)
    public String imageCredit;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The tags as the row keeps them, in step with the link tables through the schema's triggers: read only, for
     * naming an item's tags from the taxonomy in memory. Stale in an entity that was just written.
     */
    @Column(name = "topic_ids", insertable = false, updatable = false)
    public Long[] topicIds = {};

    @Column(name = "country_codes", insertable = false, updatable = false)
    public String[] countryCodes = {};

    @Column(name = "region_ids", insertable = false, updatable = false)
    public Long[] regionIds = {};

    @ManyToMany
    @JoinTable(name = "news_topic", joinColumns = @JoinColumn(name = "news_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "news_country", joinColumns = @JoinColumn(name = "news_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    public Set<Country> countries = new HashSet<>();

    /** Regions tagged directly; regions implied by the countries are derived when reading. */
    @ManyToMany
    @JoinTable(name = "news_region", joinColumns = @JoinColumn(name = "news_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    public Set<Region> regions = new HashSet<>();
}
