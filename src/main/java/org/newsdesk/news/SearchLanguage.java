package org.newsdesk.news;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The languages search stems, each with PostgreSQL's text search configuration of that name, and {@link #OTHER} for
 * every other language, whose words are searched as they are ({@code simple}: lower-cased, no stop words, no
 * stemming). The schema's {@code search_configuration(language)} (V14) makes the items' vectors with the same
 * mapping; the stop words are PostgreSQL's own lists and the stemmers Snowball's, the ones PostgreSQL uses, so that
 * {@link Highlighter} marks the words PostgreSQL matched.
 */
public enum SearchLanguage {
    ENGLISH("en", "english", EnglishStemmer::new),
    FRENCH("fr", "french", FrenchStemmer::new),
    SPANISH("es", "spanish", SpanishStemmer::new),
    OTHER(null, "simple", null);

    /** The ISO 639-1 code of the language, or null for {@link #OTHER}. */
    final String code;
    /** PostgreSQL's text search configuration. */
    final String configuration;
    private final Supplier<SnowballStemmer> stemmer;
    private volatile Set<String> stopWords;

    SearchLanguage(String code, String configuration, Supplier<SnowballStemmer> stemmer) {
        this.code = code;
        this.configuration = configuration;
        this.stemmer = stemmer;
    }

    /** The search language of an item or a query in {@code language} (an ISO 639-1 code). */
    static SearchLanguage of(String language) {
        for (SearchLanguage searchLanguage : values()) {
            if (searchLanguage.code != null && searchLanguage.code.equals(language)) {
                return searchLanguage;
            }
        }
        return OTHER;
    }

    /** The search languages of items in any of {@code languages}: all of them when none is given. */
    static Set<SearchLanguage> of(Set<String> languages) {
        if (languages.isEmpty()) {
            return EnumSet.allOf(SearchLanguage.class);
        }
        return languages.stream().map(SearchLanguage::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SearchLanguage.class)));
    }

    /** The search parsed in this language, from the named parameter {@code :q}; websearch syntax never fails. */
    String tsQuery() {
        return "websearch_to_tsquery('" + configuration + "', :q)";
    }

    /**
     * The condition that the item {@code alias} is in this language, as literals: the statement's text, and so its
     * plan, is the same for every request.
     */
    String condition(String alias) {
        if (this != OTHER) {
            return alias + ".language = '" + code + "'";
        }
        return Arrays.stream(values()).filter(language -> language != OTHER).map(language -> "'" + language.code + "'")
                .collect(Collectors.joining(", ", alias + ".language NOT IN (", ")"));
    }

    /** A new stemmer for this language (Snowball's stemmers keep state), or null when words are not stemmed. */
    SnowballStemmer stemmer() {
        return stemmer == null ? null : stemmer.get();
    }

    /** The words this language's configuration neither indexes nor searches. */
    Set<String> stopWords() {
        Set<String> words = stopWords;
        if (words == null) {
            words = this == OTHER ? Set.of() : read(configuration + ".stop");
            stopWords = words;
        }
        return words;
    }

    private static Set<String> read(String resource) {
        try (InputStream in = SearchLanguage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
