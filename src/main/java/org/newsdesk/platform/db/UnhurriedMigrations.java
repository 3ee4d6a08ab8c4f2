package org.newsdesk.platform.db;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations run without the pool's socket timeout (DB_SOCKET_TIMEOUT, 20 s by default), which is there to give up
 * on a server that stopped answering a request. A migration that rebuilds something over a large archive runs longer
 * (V11 remakes the maintained counts: 21 s at 1,000,000 items on a busy machine), and cutting its connection would
 * roll it back and stop the start. The statement timeout is lifted for migrations too ({@code quarkus.flyway.init-sql}).
 */
@Singleton
public class UnhurriedMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] callbacks = configuration.getCallbacks();
        Callback[] more = Arrays.copyOf(callbacks, callbacks.length + 1);
        more[callbacks.length] = new NoSocketTimeout();
        configuration.callbacks(more);
    }

    /**
     * Lifts the migration connection's network timeout around each migration and gives it back afterwards, so that
     * the pool's connections keep theirs.
     */
    static final class NoSocketTimeout extends BaseCallback {

        private static final Set<Event> AFTER = Set.of(Event.AFTER_EACH_MIGRATE, Event.AFTER_EACH_MIGRATE_ERROR);
        private Integer kept;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || AFTER.contains(event);
        }

        @Override
        public void handle(Event event, Context context) {
            Connection connection = context.getConnection();
            try {
                if (event == Event.BEFORE_EACH_MIGRATE) {
                    kept = connection.getNetworkTimeout();
                    connection.setNetworkTimeout(Runnable::run, 0);
                } else if (kept != null) {
                    connection.setNetworkTimeout(Runnable::run, kept);
                    kept = null;
                }
            } catch (SQLException e) {
                throw new FlywayException("Could not set the migration connection's network timeout", e);
            }
        }
    }
}
