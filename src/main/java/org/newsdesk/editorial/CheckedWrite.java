package org.newsdesk.editorial;

import org.newsdesk.taxonomy.Vocabulary;

/** What an editor wrote, every rule checked, with the tags it names as the vocabulary found them. */
record CheckedWrite(NewsWrite write, Vocabulary.Tags tags) {

    /** The same write without a slug, so that the slug follows the rules (a PATCH that does not set one). */
    CheckedWrite withoutSlug() {
        return new CheckedWrite(write.withSlug(null), tags);
    }
}
