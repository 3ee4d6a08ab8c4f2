package org.newsdesk.taxonomy;

import jakarta.persistence.Entity;

/** A subject that news items are tagged with, such as "Pensions". */
@Entity
public class Topic extends Term {
}
