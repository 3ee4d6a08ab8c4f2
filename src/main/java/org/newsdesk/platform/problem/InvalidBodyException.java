package org.newsdesk.platform.problem;

import java.util.List;

/** A request body that is not valid JSON, has unknown or read-only fields, or breaks a rule: a 400 problem. */
public class InvalidBodyException extends InvalidParametersException {

    public InvalidBodyException(List<Problem.Violation> violations) {
        super(violations);
    }

    public static InvalidBodyException of(String field, String message) {
        return new InvalidBodyException(List.of(new Problem.Violation(field, message)));
    }
}
