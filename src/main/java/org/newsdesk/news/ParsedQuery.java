package org.newsdesk.news;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A search's query as PostgreSQL parsed it and prints it (a tsquery's text, such as
 * {@code 'communiti' <-> 'support' & !'pension'}): what {@link Highlighter} marks comes from PostgreSQL's own parse.
 */
final class ParsedQuery {

    private ParsedQuery() {
    }

    /** The lexemes of a tsquery's text ('…' with '' for a quote), leaving out those under ! and in !( … ). */
    static Set<String> lexemes(String tsquery) {
        Set<String> lexemes = new HashSet<>();
        List<Boolean> groups = new ArrayList<>(); // whether each open group is negated
        boolean not = false;
        for (int i = 0; i < tsquery.length(); i++) {
            char c = tsquery.charAt(i);
            if (c == '!') {
                not = true;
            } else if (c == '(') {
                groups.add(not || groups.contains(true));
                not = false;
            } else if (c == ')') {
                if (!groups.isEmpty()) {
                    groups.remove(groups.size() - 1);
                }
            } else if (c == '\'') {
                StringBuilder lexeme = new StringBuilder();
                for (i++; i < tsquery.length(); i++) {
                    char l = tsquery.charAt(i);
                    if (l == '\'' && i + 1 < tsquery.length() && tsquery.charAt(i + 1) == '\'') {
                        lexeme.append('\'');
                        i++;
                    } else if (l == '\'') {
                        break;
                    } else if (l == '\\' && i + 1 < tsquery.length()) {
                        lexeme.append(tsquery.charAt(++i));
                    } else {
                        lexeme.append(l);
                    }
                }
                if (!not && !groups.contains(true) && lexeme.length() > 0) {
                    lexemes.add(lexeme.toString());
                }
                not = false;
            }
        }
        return lexemes;
    }
}
