package org.newsdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.db.UnhurriedMigrations.NoSocketTimeout;

/** Each migration runs with no network timeout, and its connection gets the pool's back, whatever the outcome. */
class UnhurriedMigrationsTest {

    /** The network timeouts set on a connection whose own is 20 s to start with. */
    private final List<Integer> set = new ArrayList<>();
    private int timeout = 20_000;
    private final Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getNetworkTimeout" -> timeout;
                case "setNetworkTimeout" -> {
                    timeout = (Integer) args[1];
                    set.add(timeout);
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final Context context = (Context) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Context.class}, (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                    return connection;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void eachMigrationRunsWithoutTheTimeoutAndGivesItBack() {
        NoSocketTimeout callback = new NoSocketTimeout();
        for (Event after : List.of(Event.AFTER_EACH_MIGRATE, Event.AFTER_EACH_MIGRATE_ERROR)) {
            callback.handle(Event.BEFORE_EACH_MIGRATE, context);
            assertEquals(0, timeout, "during the migration");
            callback.handle(after, context);
            assertEquals(20_000, timeout, "after " + after);
        }
        assertEquals(List.of(0, 20_000, 0, 20_000), set);
    }

    @Test
    void itTakesPartInEachMigrationOnly() {
        NoSocketTimeout callback = new NoSocketTimeout();
        assertTrue(callback.supports(Event.BEFORE_EACH_MIGRATE, context));
        assertTrue(callback.supports(Event.AFTER_EACH_MIGRATE, context));
        assertTrue(callback.supports(Event.AFTER_EACH_MIGRATE_ERROR, context));
        assertFalse(callback.supports(Event.BEFORE_MIGRATE, context), "whose connection may be another one");
        assertFalse(callback.supports(Event.AFTER_VALIDATE, context));
    }

    @Test
    void itIsAddedToTheCallbacksAlreadyConfigured() {
        FluentConfiguration configuration = new FluentConfiguration().callbacks(new NoSocketTimeout());
        new UnhurriedMigrations().customize(configuration);
        Callback[] callbacks = configuration.getCallbacks();
        assertEquals(2, callbacks.length);
        assertTrue(callbacks[1] instanceof NoSocketTimeout);
    }
}
