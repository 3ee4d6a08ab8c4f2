package org.newsdesk.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.config.StartRefused;
import org.newsdesk.platform.db.DatabaseStartFailure;

/**
 * Production refuses to start with a verification key but no issuer or audience to expect (the real start
 * is proved by .ci/token-settings on the packaged jar).
 */
class TokenVerificationSettingsTest {

    @Test
    void aKeyWithIssuerAndAudienceStarts() {
        assertTrue(TokenVerificationSettings.refusal(true, true, true).isEmpty());
    }

    @Test
    void noKeyStartsReadOnly() {
        assertTrue(TokenVerificationSettings.refusal(false, false, false).isEmpty());
    }

    @Test
    void aKeyWithoutIssuerOrAudienceIsRefusedNamingWhatIsMissing() {
        String neither = TokenVerificationSettings.refusal(true, false, false).orElseThrow();
        assertTrue(neither.contains("not MP_JWT_VERIFY_ISSUER and MP_JWT_VERIFY_AUDIENCES;"), neither);
        String noAudience = TokenVerificationSettings.refusal(true, true, false).orElseThrow();
        assertTrue(noAudience.contains("not MP_JWT_VERIFY_AUDIENCES;"), noAudience);
        String noIssuer = TokenVerificationSettings.refusal(true, false, true).orElseThrow();
        assertTrue(noIssuer.contains("not MP_JWT_VERIFY_ISSUER;"), noIssuer);
    }

    @Test
    void theRefusalIsLoggedAsOneLineWithoutStackTrace() {
        String message = TokenVerificationSettings.refusal(true, false, true).orElseThrow();
        LogRecord record = new LogRecord(Level.SEVERE, "Failed to start application");
        record.setLoggerName("io.quarkus.runtime.Application");
        record.setThrown(new RuntimeException("Failed to start quarkus", new StartRefused(message)));

        assertTrue(new DatabaseStartFailure().isLoggable(record));
        assertEquals(message, record.getMessage());
        assertNull(record.getThrown());
    }
}
