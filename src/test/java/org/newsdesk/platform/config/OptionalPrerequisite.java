package org.newsdesk.platform.config;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that need something Maven cannot bring (a browser, a streaming replica): they run where it
 * is present and are skipped, with one line that says what to install, where it is not, so that
 * {@code ./mvnw verify} passes on a machine with only Java. With CI set it is required: the test runs
 * and fails on its own terms. Evaluated before Quarkus starts anything for the class.
 */
public abstract class OptionalPrerequisite implements ExecutionCondition {

    /** Whether the prerequisite is there. */
    protected abstract boolean present();

    /** What is missing and how to get it, for the skip line. */
    protected abstract String howToGet();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (present()) {
            return ConditionEvaluationResult.enabled("present");
        }
        if (System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("required when CI is set");
        }
        String reason = "needs " + howToGet() + " (CI=true makes it required)";
        if (context.getTestMethod().isEmpty()) {
            System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
