package org.newsdesk.taxonomy;

import jakarta.persistence.Entity;

/** A world region, such as "Asia and the Pacific", or "Global" for world-wide items. */
@Entity
public class Region extends Term {
}
