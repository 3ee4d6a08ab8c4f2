package org.newsdesk.platform.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.platform.config.OptionalPrerequisite;

/**
 * A test on a streaming replica of the tests' database: it runs where TEST_REPLICA_URL names one (with
 * TEST_DB_URL its primary) and is skipped elsewhere (required in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsReplica.Condition.class)
public @interface NeedsReplica {

    final class Condition extends OptionalPrerequisite {

        @Override
        protected boolean present() {
            return ReplicaDatabase.configuredReplicaUrl() != null;
        }

        @Override
        protected String howToGet() {
            return "a streaming replica of the tests' database: set TEST_DB_URL and TEST_REPLICA_URL "
                    + "(bash .ci/replica makes one of the local PostgreSQL 15 on port 5433)";
        }
    }
}
