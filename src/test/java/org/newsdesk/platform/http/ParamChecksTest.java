package org.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.problem.InvalidParametersException;
import org.newsdesk.platform.problem.Problem.Violation;

/** Parameters read one way: each reader answers the value or null, and every wrong one is one violation, in order. */
class ParamChecksTest {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ParamChecks checks = new ParamChecks();

    @Test
    void aNumberInRangeIsRead() {
        assertEquals(1, checks.wholeNumber("size", "1", 1, 100, "bad"));
        assertEquals(100, checks.wholeNumber("size", " 100 ", 1, 100, "bad"));
        assertEquals(7, checks.wholeNumber("page", "007", 1, Integer.MAX_VALUE, "bad"));
        assertEquals(List.of(), violations());
    }

    @Test
    void aMissingValueIsNullWithoutAViolation() {
        assertNull(checks.wholeNumber("size", null, 1, 100, "bad"));
        assertNull(checks.wholeNumber("size", "  ", 1, 100, "bad"));
        assertNull(checks.value("from", "", DATE, LocalDate::parse, "bad"));
        assertEquals(List.of(), checks.each("topic", null, value -> value, value -> "bad"));
        assertNull(checks.require("q", null, text -> false, "bad"));
        assertEquals(List.of(), violations());
    }

    @Test
    void anythingElseIsOneViolationOfThatName() {
        for (String wrong : new String[] {"0", "101", "-1", "1.5", "1e3", "abc", "9999999999", "99999999999999999999",
            "\u0661", "0x10", "+5"}) {
            ParamChecks each = new ParamChecks();
            assertNull(each.wholeNumber("size", wrong, 1, 100, "must be a whole number from 1 to 100"), wrong);
            assertEquals(List.of(new Violation("size", "must be a whole number from 1 to 100")), violations(each),
                    wrong);
        }
    }

    @Test
    void aFlagIsExactlyTrueOrFalse() {
        assertTrue(checks.flag("all", "true"));
        assertFalse(checks.flag("all", "false"));
        assertFalse(checks.flag("all", null));
        assertFalse(checks.flag("all", " "));
        assertEquals(List.of(), violations());
        assertFalse(checks.flag("all", "TRUE"));
        assertFalse(checks.flag("all", " true"));
        assertFalse(checks.flag("all", "1"));
        Violation notAFlag = new Violation("all", "must be true or false");
        assertEquals(List.of(notAFlag, notAFlag, notAFlag), violations());
    }

    @Test
    void aValueIsReadStrippedWhenItHasItsShapeAndParses() {
        assertEquals(LocalDate.of(2022, 6, 30), checks.value("to", " 2022-06-30 ", DATE, LocalDate::parse, "bad"));
        assertEquals(List.of(), violations());
        assertNull(checks.value("to", "30.06.2022", DATE, LocalDate::parse, "not a date"));
        assertNull(checks.value("to", "2022-02-30", DATE, LocalDate::parse, "not a date"));
        assertNull(checks.value("sort", "sideways", value -> value.equals("newest") ? value : null, "not a sort"));
        assertNull(checks.value("n", "x", Integer::valueOf, "not a number"));
        assertEquals(List.of(new Violation("to", "not a date"), new Violation("to", "not a date"),
                new Violation("sort", "not a sort"), new Violation("n", "not a number")), violations());
    }

    @Test
    void eachValueOfAListIsReadAndEachWrongOneNamed() {
        List<Integer> read = checks.each("year", List.of("2022, x,2023", "2022", " ", "y"),
                value -> value.matches("\\d{4}") ? Integer.valueOf(value) : null,
                value -> "'" + value + "' is no year");
        assertEquals(List.of(2022, 2023), read);
        assertEquals(List.of(new Violation("year", "'x' is no year"), new Violation("year", "'y' is no year")),
                violations());
    }

    @Test
    void aRuleDropsTheValueItRefuses() {
        assertEquals("short", checks.require("q", "short", text -> text.length() <= 5, "too long"));
        assertNull(checks.require("q", "longer", text -> text.length() <= 5, "too long"));
        assertEquals(List.of(new Violation("q", "too long")), violations());
    }

    @Test
    void oneAnswerNamesEveryProblemInTheOrderFound() {
        checks.wholeNumber("page", "0", 1, 10, "must be a whole number from 1");
        checks.add("from", "must not be after to (2022-01-01)");
        checks.flag("all", "yes");
        assertTrue(checks.hasViolations());
        InvalidParametersException refused = assertThrows(InvalidParametersException.class, checks::throwIfAny);
        assertEquals(List.of(new Violation("page", "must be a whole number from 1"),
                new Violation("from", "must not be after to (2022-01-01)"),
                new Violation("all", "must be true or false")), refused.violations());
    }

    @Test
    void noProblemIsNoAnswer() {
        checks.wholeNumber("page", "2", 1, 10, "bad");
        assertFalse(checks.hasViolations());
        checks.throwIfAny();
    }

    @Test
    void repeatedAndCommaSeparatedValuesAreOneList() {
        assertEquals(List.of("pensions", "children", "health"),
                ParamChecks.values(List.of("pensions, children,", " health", "pensions")));
    }

    @Test
    void nothingSentIsNoValues() {
        assertEquals(List.of(), ParamChecks.values(null));
        assertEquals(List.of(), ParamChecks.values(List.of(",, ,", "")));
    }

    @Test
    void aPathNumberIsReadExactlyAsSent() {
        assertEquals(12, ParamChecks.wholeNumberOr("12", 0));
        assertEquals(12, ParamChecks.wholeNumberOr("012", 0));
        for (String wrong : new String[] {"abc", " 12", "-1", "1234567890", "\u0661", ""}) {
            assertEquals(0, ParamChecks.wholeNumberOr(wrong, 0), wrong);
        }
    }

    private List<Violation> violations() {
        return violations(checks);
    }

    private static List<Violation> violations(ParamChecks checks) {
        try {
            checks.throwIfAny();
            return List.of();
        } catch (InvalidParametersException e) {
            return e.violations();
        }
    }
}
