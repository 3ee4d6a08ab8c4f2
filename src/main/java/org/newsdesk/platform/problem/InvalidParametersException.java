package org.newsdesk.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when request parameters are malformed or name things that do not exist; becomes a 400 problem. */
public class InvalidParametersException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidParametersException(List<Problem.Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
