package org.newsdesk.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium and one partner site on another origin for a whole test class:
 * {@code @RegisterExtension static final BrowserSession session = new BrowserSession();}.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;
    private OtherOrigin partner;

    @Override
    public void beforeAll(ExtensionContext context) {
        partner = OtherOrigin.start();
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (partner != null) {
                partner.close();
            }
        }
    }

    public Browser browser() {
        return browser;
    }

    public OtherOrigin partner() {
        return partner;
    }

    /** The service under test as browsers and partner pages name it: http://localhost:{port}, no trailing slash. */
    public String service() {
        return WebPages.base();
    }
}
