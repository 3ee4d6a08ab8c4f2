package org.newsdesk.platform.db;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keys the service makes for itself on first start and keeps in PostgreSQL, so that every instance
 * shares them with no configuration and none is committed anywhere.
 */
@Startup
@ApplicationScoped
public class ServiceSecrets {

    private static final String CURSOR_KEY = "cursor-signing-key";
    private final byte[] cursorKey;

    public ServiceSecrets(ServiceSecretRepository secrets) {
        this.cursorKey = secrets.loadOrCreate(CURSOR_KEY);
    }

    /** The HMAC key that signs list cursors. */
    public byte[] cursorKey() {
        return cursorKey.clone();
    }
}
