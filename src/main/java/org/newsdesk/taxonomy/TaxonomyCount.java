package org.newsdesk.taxonomy;

import java.util.Map;

/** A topic or region row with its English name, its names in other languages and its count of published items. */
public record TaxonomyCount(String slug, String name, Map<String, String> names, long count) {
}
