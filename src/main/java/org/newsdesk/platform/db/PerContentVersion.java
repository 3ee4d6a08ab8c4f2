package org.newsdesk.platform.db;

import java.util.function.Supplier;

/**
 * A value read from the database once per content version and kept in memory until the version changes. While the
 * version is unknown (its listener reconnecting) every call reads it anew. A value is read after the version is taken,
 * so the value kept under a version is never older than it; a slower reader never replaces a newer one.
 *
 * @param <T> the value kept
 */
public final class PerContentVersion<T> {

    private record Snapshot<T>(long version, T value) {
    }

    private final ContentVersion contentVersion;
    private volatile Snapshot<T> snapshot;

    public PerContentVersion(ContentVersion contentVersion) {
        this.contentVersion = contentVersion;
    }

    /** The value kept for the current version, or {@code read} now (and kept) when there is none. */
    public T get(Supplier<T> read) {
        long version = contentVersion.current();
        Snapshot<T> current = snapshot;
        if (current != null && version != ContentVersion.UNKNOWN && current.version() == version) {
            return current.value();
        }
        return read(version, read);
    }

    /** The value read now, kept for the current version: for a reader that knows the kept one is behind. */
    public T refresh(Supplier<T> read) {
        return read(contentVersion.current(), read);
    }

    private T read(long version, Supplier<T> read) {
        T value = read.get();
        if (version != ContentVersion.UNKNOWN) {
            Snapshot<T> current = snapshot;
            if (current == null || current.version() <= version) {
                snapshot = new Snapshot<>(version, value);
            }
        }
        return value;
    }
}
