package org.newsdesk.platform.http;

import java.util.Arrays;
import org.newsdesk.platform.problem.ProblemException;

/** RFC 9110 §13.1.1 If-Match, required on every change so that no edit is lost. */
public final class IfMatch {

    private IfMatch() {
    }

    /** 428 when the header is missing. */
    private static void require(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.ifMatchRequired();
        }
    }

    /** 412, carrying the current ETag, unless one of the listed tags is the current one (strong comparison). */
    public static void check(String ifMatch, String currentEtag) {
        require(ifMatch);
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(currentEtag));
        if (!matches) {
            throw ProblemException.staleVersion(currentEtag);
        }
    }
}
