package org.newsdesk.platform.http;

import org.eclipse.microprofile.config.ConfigProvider;

/** Addresses on the management interface (health, metrics), which tests start on a random port of its own. */
public final class Management {

    private Management() {
    }

    /** The URL of a management path such as /q/health/ready. */
    public static String url(String path) {
        return "http://localhost:" + port() + path;
    }

    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
