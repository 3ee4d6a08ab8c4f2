package org.newsdesk.platform.config;

/**
 * A start refused for a setting: its message alone is logged, as one line that names the setting
 * (platform/db/DatabaseStartFailure), and the process exits non-zero.
 */
public class StartRefused extends RuntimeException {

    public StartRefused(String message) {
        super(message, null, false, false);
    }
}
