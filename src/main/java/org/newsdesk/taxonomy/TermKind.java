package org.newsdesk.taxonomy;

/** The two kinds of entry admins edit, with what differs between them (in answers and in the OpenAPI document). */
enum TermKind {
    TOPIC("topics", "topic", "Topic", Topic.class, "tagged with it", "pensions",
            "Every topic by name, with its count of published items.",
            "Only once no news item (in any state) is tagged with it; otherwise 409 says by how many. With If-Match."),
    REGION("regions", "region", "Region", Region.class, "tagged with it directly", "asia-pacific",
            "Every region by name, with its count of published items: those tagged with the region and those "
            + "tagged with one of its countries.",
            "Only once no news item is tagged with it directly and no country belongs to it; otherwise 409 says "
            + "by how many. With If-Match.");

    /** The path segment of its URLs. */
    final String collection;
    final String label;
    /** Its name in operationIds and schemas: createTopic, listTopics; schemas Topic, TopicList. */
    final String title;
    final Class<? extends Term> entity;
    final String howItemsUseIt;
    final String exampleSlug;
    final String listDescription;
    final String deleteRule;

    TermKind(String collection, String label, String title, Class<? extends Term> entity, String howItemsUseIt,
            String exampleSlug, String listDescription, String deleteRule) {
        this.collection = collection;
        this.label = label;
        this.title = title;
        this.entity = entity;
        this.howItemsUseIt = howItemsUseIt;
        this.exampleSlug = exampleSlug;
        this.listDescription = listDescription;
        this.deleteRule = deleteRule;
    }
}
