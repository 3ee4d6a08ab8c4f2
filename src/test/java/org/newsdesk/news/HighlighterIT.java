package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service marks the same words PostgreSQL's ts_headline marks in a whole text (HighlightAll), for the queries
 * PostgreSQL parsed, in each search language: every word of the sample page's prose asked on its own within its line, and texts made to be
 * hard (hyphens, numbers, apostrophes, accents, stop words that share a stem with a word that is not one). They
 * differ on purpose in two places, left out here and held in HighlighterTest: words a query excludes (-word), which
 * ts_headline marks, and words inside what PostgreSQL reads whole ({@link #READ_WHOLE}), which it does not.
 */
@QuarkusTest
class HighlighterIT {

    private static final String MARKS = "HighlightAll=true, StartSel=" + Highlighter.MARK_START + ", StopSel="
            + Highlighter.MARK_END;

    /**
     * What PostgreSQL reads as one token and not as words: paths (ACTION/Portugal), host names (No.102), addresses,
     * tags. The service marks
     * the words in them (HighlighterTest); lines holding them are not compared.
     */
    private static final Pattern READ_WHOLE = Pattern.compile("\\S/\\S|\\p{L}\\.\\w|@|<|://");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void marksTheWordsPostgresqlMarksInTheSamplePagesProse() throws IOException, SQLException {
        List<String[]> cases = new ArrayList<>();
        for (String line : sampleLines()) {
            cases.addAll(everyWord(line));
        }
        assertTrue(cases.size() > 800, "the sample page gives enough cases: " + cases.size());
        assertSameMarks(SearchLanguage.ENGLISH, cases);
    }

    @Test
    void marksTheWordsPostgresqlMarksInHardTexts() throws SQLException {
        String[][] cases = {
            {"Social-protection and social protections: COVID-19, covid19 and post-COVID recovery", "social protection"},
            {"Social-protection and social protections: COVID-19, covid19 and post-COVID recovery", "covid-19"},
            {"Social-protection and social protections: COVID-19, covid19 and post-COVID recovery", "covid19 recovering"},
            {"Thailand’s pension system isn't Thailand's: it's theirs", "thailand pensions"},
            {"Does the doe know? Having haves and have-nots", "doe haves"},
            {"Dying, lying and tying: happy happiness", "die lie tie happy"},
            {"Naïve café policies in São Tomé and Príncipe", "naive naïve café são tomé príncipe"},
            {"\"Community support\" launches community-based support", "\"community support\" launch"},
            {"2022 figures: 3.5% growth, 1,000 workers, ILO and ISSA report", "2022 workers ilo issa"},
        };
        assertSameMarks(SearchLanguage.ENGLISH, Arrays.asList(cases));
    }

    /** French: plurals and feminines, elisions (l'État), accents, and the stop words of PostgreSQL's list. */
    @Test
    void marksTheWordsPostgresqlMarksInFrench() throws SQLException {
        String text = "Les protections sociales de l'État : la protection sociale universelle, des retraites "
                + "aux allocations familiales, protège les travailleuses et les travailleurs ; "
                + "réformes, réformé, réformer. Être ou ne pas être assurés ? Élargir l'assurance-maladie.";
        List<String[]> cases = new ArrayList<>(everyWord(text));
        cases.addAll(List.of(new String[] {text, "protection sociale"}, new String[] {text, "protections sociales"},
                new String[] {text, "\"protection sociale\" retraite"}, new String[] {text, "état assurances"},
                new String[] {text, "travailleur famille réforme"}, new String[] {text, "les de la"}));
        assertSameMarks(SearchLanguage.FRENCH, cases);
    }

    /** Spanish: plurals, accents the stemmer removes (pensión, pensiones), and the stop words of PostgreSQL's list. */
    @Test
    void marksTheWordsPostgresqlMarksInSpanish() throws SQLException {
        String text = "Las pensiones y la pensión mínima: ámbito de la protección social en América Latina, "
                + "¿cómo ampliar la cobertura? Niños, niñas y adolescentes; políticas públicas, trabajadores "
                + "informales y seguridad social.";
        List<String[]> cases = new ArrayList<>(everyWord(text));
        cases.addAll(List.of(new String[] {text, "pensiones"}, new String[] {text, "pensión"},
                new String[] {text, "protecciones sociales"}, new String[] {text, "ambito politica publica"},
                new String[] {text, "niño trabajador informal"}, new String[] {text, "las y la de"}));
        assertSameMarks(SearchLanguage.SPANISH, cases);
    }

    /** Languages without stemming: words as they are, lower-cased, and no stop words. */
    @Test
    void marksTheWordsPostgresqlMarksWithoutStemming() throws SQLException {
        String text = "Die Renten und die Sozialversicherung: Rentenreform, Renten, RENTE und Rentner.";
        List<String[]> cases = new ArrayList<>(everyWord(text));
        cases.add(new String[] {text, "rente die"});
        assertSameMarks(SearchLanguage.OTHER, cases);
    }

    /** Each word of {@code text} asked on its own, and all of them together. */
    private static List<String[]> everyWord(String text) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        List<String[]> cases = new ArrayList<>();
        words.forEach(word -> cases.add(new String[] {text, word}));
        cases.add(new String[] {text, String.join(" or ", words)});
        return cases;
    }

    private void assertSameMarks(SearchLanguage language, List<String[]> cases) throws SQLException {
        String sql = """
                SELECT t.text, t.q, CAST(websearch_to_tsquery(c.configuration, t.q) AS text) AS parsed,
                       ts_headline(c.configuration, t.text, websearch_to_tsquery(c.configuration, t.q), ?) AS marked
                FROM unnest(?, ?) AS t (text, q) CROSS JOIN (SELECT CAST(? AS regconfig) AS configuration) c""";
        int compared = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, MARKS);
            statement.setArray(2, connection.createArrayOf("text", cases.stream().map(c -> c[0]).toArray()));
            statement.setArray(3, connection.createArrayOf("text", cases.stream().map(c -> c[1]).toArray()));
            statement.setString(4, language.configuration);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString("text");
                    assertEquals(shown(rows.getString("marked")),
                            shown(Highlighter.forQuery(rows.getString("parsed"), language).markAll(text)),
                            language + " q=" + rows.getString("q") + " parsed as " + rows.getString("parsed"));
                    compared++;
                }
            }
        }
        assertEquals(cases.size(), compared);
    }

    private static String shown(String marked) {
        return marked.replace(Highlighter.MARK_START, '[').replace(Highlighter.MARK_END, ']');
    }

    /** The sample page's prose: its headlines and summaries, a line each. */
    private static List<String> sampleLines() throws IOException {
        try (InputStream in = HighlighterIT.class.getResourceAsStream("/sample/news-and-features.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.split(" ").length > 4).filter(line -> !READ_WHOLE.matcher(line).find()).toList();
        }
    }
}
