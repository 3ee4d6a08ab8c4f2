package org.newsdesk.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.newsdesk.news.NewsType;

/**
 * The language a page is in: its {@code <html lang>} ({@code code}, any ISO 639-1 code), and the words, dates
 * and numbers of its interface ({@code locale}: English, French or Spanish; English for the other languages).
 * Dates are written "5 July 2022", "5 juillet 2022", "5 de julio de 2022", as the widget writes them.
 */
public record WebLanguage(String code, WebWords words, Locale locale) {

    /** The JDK's long date of the locale (en-GB's for English: day first, no leading zero). */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A month as a heading or label: "July 2022", "Juillet 2022", "Julio de 2022". */
    public String month(YearMonth month) {
        return capitalized(DateTimeFormatter.ofPattern(words.monthPattern(), locale).format(month), locale);
    }

    /** A language's name in this page's words: "French", "Francés". */
    public String nameOf(String language) {
        return nameOf(language, locale);
    }

    /** A language's name in the language of {@code in}, from the JDK's locale data (the code when it has none). */
    static String nameOf(String language, Locale in) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(in);
        return name.isEmpty() ? language : capitalized(name, in);
    }

    /** A count with the locale's grouping: 1,234, 1 234, 1.234. */
    public String number(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    public String typeLabel(NewsType type) {
        return switch (type) {
            case NEWS -> words.typeNews();
            case FEATURE -> words.typeFeature();
            case PRESS_RELEASE -> words.typePressRelease();
            case STATEMENT -> words.typeStatement();
        };
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
