package org.newsdesk.common.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.newsdesk.common.StartRefused;

/**
 * Token checks fail closed in production. With a verification key but no expected issuer or audience,
 * smallrye-jwt would accept every token the key signs, whatever realm or client it was issued for: the
 * start is refused, naming the settings. Without any key the API is read-only, which is said once.
 */
@IfBuildProfile("prod")
@ApplicationScoped
public class TokenVerificationSettings {

    private static final Logger LOG = Logger.getLogger(TokenVerificationSettings.class);
    private static final List<String> KEYS = List.of("mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location",
            "smallrye.jwt.verify.key.location");
    private static final List<String> ISSUERS = List.of("mp.jwt.verify.issuer");
    private static final List<String> AUDIENCES = List.of("mp.jwt.verify.audiences", "smallrye.jwt.verify.aud");

    void check(@Observes StartupEvent started) {
        Config config = ConfigProvider.getConfig();
        Optional<String> refusal = refusal(anySet(config, KEYS), anySet(config, ISSUERS), anySet(config, AUDIENCES));
        if (refusal.isPresent()) {
            throw new StartRefused(refusal.get());
        }
        if (!anySet(config, KEYS)) {
            LOG.info("No token verification key (MP_JWT_VERIFY_PUBLICKEY_LOCATION or MP_JWT_VERIFY_PUBLICKEY): "
                    + "the API is read-only, every write is a 401");
        }
    }

    /** Why the start must be refused, if it must: a key without both an issuer and an audience to expect. */
    static Optional<String> refusal(boolean key, boolean issuer, boolean audience) {
        if (!key || issuer && audience) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (!issuer) {
            missing.add("MP_JWT_VERIFY_ISSUER");
        }
        if (!audience) {
            missing.add("MP_JWT_VERIFY_AUDIENCES");
        }
        return Optional.of("Newsdesk cannot start: a token verification key is set but not " + String.join(" and ",
                missing) + "; set them to your provider's issuer (iss) and this API's audience (aud), or unset "
                + "the key for a read-only API");
    }

    private static boolean anySet(Config config, List<String> names) {
        return names.stream().anyMatch(name -> config.getOptionalValue(name, String.class)
                .filter(value -> !value.isBlank()).isPresent());
    }
}
