package org.newsdesk.taxonomy;

/** The two kinds of entry admins edit, with what differs between them. */
enum TermKind {
    TOPIC("topics", "topic", Topic.class, "tagged with it"),
    REGION("regions", "region", Region.class, "tagged with it directly");

    final String collection;
    final String label;
    final Class<? extends Term> entity;
    final String howItemsUseIt;

    TermKind(String collection, String label, Class<? extends Term> entity, String howItemsUseIt) {
        this.collection = collection;
        this.label = label;
        this.entity = entity;
        this.howItemsUseIt = howItemsUseIt;
    }
}
