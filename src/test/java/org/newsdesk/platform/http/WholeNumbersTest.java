package org.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.problem.Problem.Violation;

/** Whole-number parameters: in range they are read, missing they are null, anything else is one violation. */
class WholeNumbersTest {

    private final List<Violation> violations = new ArrayList<>();

    @Test
    void aNumberInRangeIsRead() {
        assertEquals(1, WholeNumbers.parse("size", "1", 1, 100, "bad", violations));
        assertEquals(100, WholeNumbers.parse("size", " 100 ", 1, 100, "bad", violations));
        assertEquals(7, WholeNumbers.parse("page", "007", 1, Integer.MAX_VALUE, "bad", violations));
        assertEquals(List.of(), violations);
    }

    @Test
    void aMissingValueIsNullWithoutAViolation() {
        assertNull(WholeNumbers.parse("size", null, 1, 100, "bad", violations));
        assertNull(WholeNumbers.parse("size", "  ", 1, 100, "bad", violations));
        assertEquals(List.of(), violations);
    }

    @Test
    void anythingElseIsOneViolationOfThatName() {
        for (String wrong : new String[] {"0", "101", "-1", "1.5", "1e3", "abc", "9999999999", "99999999999999999999",
            "\u0661", "0x10", "+5"}) {
            violations.clear();
            assertNull(WholeNumbers.parse("size", wrong, 1, 100, "must be a whole number from 1 to 100", violations),
                    wrong);
            assertEquals(List.of(new Violation("size", "must be a whole number from 1 to 100")), violations, wrong);
        }
    }
}
