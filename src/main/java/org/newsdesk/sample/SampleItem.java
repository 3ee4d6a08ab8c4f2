package org.newsdesk.sample;

import java.time.LocalDate;
import java.util.List;

/** One item of the sample page with its editorial tagging. */
record SampleItem(String title, LocalDate publishedOn, String summary, String imageCredit,
        List<String> countryCodes, List<String> regionSlugs, List<String> topicSlugs) {
}
