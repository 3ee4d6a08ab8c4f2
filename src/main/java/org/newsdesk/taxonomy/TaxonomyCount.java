package org.newsdesk.taxonomy;

/** A topic or region row with its count of published items. */
public record TaxonomyCount(String slug, String name, long count) {
}
