package org.newsdesk.taxonomy;

/** The two kinds of entry admins edit, with what differs between them. */
enum TermKind {
    TOPIC("topics", "topic", Topic.class, """
            SELECT (SELECT count(*) FROM news_topic WHERE topic_id = :id), 0""",
            "tagged with it"),
    REGION("regions", "region", Region.class, """
            SELECT (SELECT count(*) FROM news_region WHERE region_id = :id),
                   (SELECT count(*) FROM country WHERE region_id = :id)""",
            "tagged with it directly");

    final String collection;
    final String label;
    final Class<? extends Term> entity;
    /** Items tagged with the entry (in any workflow state) and, for regions, countries in it. */
    final String usage;
    final String howItemsUseIt;

    TermKind(String collection, String label, Class<? extends Term> entity, String usage, String howItemsUseIt) {
        this.collection = collection;
        this.label = label;
        this.entity = entity;
        this.usage = usage;
        this.howItemsUseIt = howItemsUseIt;
    }
}
