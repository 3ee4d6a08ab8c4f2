package org.newsdesk.taxonomy;

import java.util.Locale;
import java.util.Map;

/**
 * An entry's name in the language asked for, and the language it is in: the admins' name in that language, else the
 * English one. Country names come from the JDK's CLDR data, not from a table of ours: every language it has.
 */
record LocalName(String name, String language) {

    static final String ENGLISH = "en";

    /** A topic's or region's name in {@code language}, or its English {@code name} when it has none in it. */
    static LocalName of(String name, Map<String, String> names, String language) {
        String local = ENGLISH.equals(language) ? null : names.get(language);
        return local == null ? new LocalName(name, ENGLISH) : new LocalName(local, language);
    }

    /**
     * A country's name in {@code language} from the JDK's locale data, or its English {@code name} as stored when
     * English is asked for or the data has no name in that language for it (the JDK answers with the code then).
     */
    static LocalName country(String code, String name, String language) {
        if (ENGLISH.equals(language)) {
            return new LocalName(name, ENGLISH);
        }
        Locale in = Locale.forLanguageTag(language);
        String local = new Locale("", code).getDisplayCountry(in);
        return local.isEmpty() || local.equals(code) ? new LocalName(name, ENGLISH) : new LocalName(local, language);
    }
}
