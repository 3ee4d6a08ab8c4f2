package org.newsdesk.editorial;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Bearer tokens for tests, signed with the development key that the test profile trusts
 * (smallrye.jwt.sign.key.location), plus tokens that must be refused.
 */
public final class Tokens {

    private Tokens() {
    }

    /** "Bearer …" for a user with these groups (roles). */
    public static String bearer(String user, String... groups) {
        return "Bearer " + Jwt.upn(user).groups(Set.of(groups)).sign();
    }

    public static String editor() {
        return bearer("alice", "editor");
    }

    public static String admin() {
        return bearer("root-admin", "admin");
    }

    /** A valid token without any Newsdesk role. */
    public static String reader() {
        return bearer("bob", "reader");
    }

    public static String expired() {
        Instant past = Instant.now().minusSeconds(7200);
        return "Bearer " + Jwt.upn("alice").groups("editor").issuedAt(past).expiresAt(past.plusSeconds(600)).sign();
    }

    public static String fromAnotherIssuer() {
        return "Bearer " + Jwt.issuer("https://elsewhere.example").upn("alice").groups("editor").sign();
    }

    /** Signed with the development key file itself, whatever key the running profile signs with. */
    public static String signedWithTheDevelopmentKeyFile() {
        try {
            String pem = Files.readString(Path.of("src/dev/jwt/private-key.pem"));
            return "Bearer " + Jwt.upn("alice").groups("editor").sign(KeyUtils.decodePrivateKey(pem));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** These claims exactly (JSON), signed with the development key file: for tokens the builder would complete. */
    public static String signedClaims(String claimsJson) {
        try {
            JsonWebSignature signature = new JsonWebSignature();
            signature.setPayload(claimsJson);
            signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            signature.setHeader("typ", "JWT");
            signature.setKey(KeyUtils.decodePrivateKey(Files.readString(Path.of("src/dev/jwt/private-key.pem"))));
            return "Bearer " + signature.getCompactSerialization();
        } catch (IOException | GeneralSecurityException | JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed by a key the service does not trust. */
    public static String signedWithAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "Bearer " + Jwt.upn("alice").groups("editor").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
