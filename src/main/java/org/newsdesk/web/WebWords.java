package org.newsdesk.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' interface words, in English; French and Spanish are in src/main/resources/messages/words_fr.properties
 * and words_es.properties (checked against this interface at build time). Templates write {words:heading};
 * Java gets the words of a page's language from {@link WebLanguage}. Item text and taxonomy names are not here.
 */
@MessageBundle(value = "words", locale = "en")
public interface WebWords {

    @Message("Skip to main content")
    String skipToContent();

    @Message("Site")
    String siteNavigation();

    @Message("News and features")
    String heading();

    /** The heading with the active filters, month and page, as the h1 and the title say it. */
    @Message("News and features: {filters}")
    String headingFor(String filters);

    @Message("Embed on your site")
    String embedOnYourSite();

    @Message("API")
    String api();

    @Message("Language")
    String language();

    @Message("Follow the news:")
    String followTheNews();

    @Message("Build on them:")
    String buildOnThem();

    @Message("API documentation")
    String apiDocumentation();

    @Message("Embed the news on your site")
    String embedTheNews();

    @Message("News, features, press releases and statements on social protection, newest first, by month.")
    String homeDescription();

    @Message("News and features on social protection: {filters}.")
    String filteredDescription(String filters);

    @Message("page {number}")
    String pageNumber(int number);

    @Message("from {date}")
    String fromDate(String date);

    @Message("to {date}")
    String toDate(String date);

    @Message("Filter news")
    String filterNews();

    @Message("Topic")
    String topic();

    @Message("All topics")
    String allTopics();

    @Message("Country")
    String country();

    @Message("All countries")
    String allCountries();

    @Message("Region")
    String region();

    @Message("All regions")
    String allRegions();

    @Message("Search")
    String search();

    @Message("Show news")
    String showNews();

    @Message("Clear filters")
    String clearFilters();

    @Message("No news matches these filters.")
    String noMatch();

    @Message("Clear the filters to see all news and features.")
    String clearToSeeAll();

    @Message("1 item.")
    String oneItem();

    @Message("Items {first}–{last} of {total}.")
    String itemRange(String first, String last, String total);

    @Message("{shown} {#if shown == 1}item{#else}items{/if} of {total}.")
    String itemsOf(int shown, String total);

    @Message("more than {count}")
    String moreThan(String count);

    @Message("Pages")
    String pages();

    @Message("First page")
    String firstPage();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Archive")
    String archive();

    @Message("No months to show.")
    String noMonths();

    @Message("All months")
    String allMonths();

    /** A java.time pattern for month headings: July 2022. */
    @Message("LLLL yyyy")
    String monthPattern();

    @Message("All news and features")
    String allNews();

    @Message("Topics")
    String topics();

    @Message("Countries")
    String countries();

    @Message("Regions")
    String regions();

    @Message("News")
    String typeNews();

    @Message("Feature")
    String typeFeature();

    @Message("Press release")
    String typePressRelease();

    @Message("Statement")
    String typeStatement();

    @Message("Latest news")
    String latestNews();

    @Message("Latest news: {filters}")
    String latestNewsFor(String filters);

    @Message("No news matches these filters yet.")
    String embedNoMatch();

    @Message("More news from {site}")
    String moreNewsFrom(String site);

    @Message("News from {site}")
    String newsFrom(String site);

    @Message("The latest news and features from {site}.")
    String embedDescription(String site);
}
