package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.newsdesk.platform.db.ServiceSecrets;
import org.newsdesk.platform.problem.InvalidParametersException;
import org.newsdesk.platform.problem.Problem.Violation;

/**
 * Opaque, signed list cursors: base64url of the sort keys, then a truncated HMAC-SHA256 over them.
 * A changed byte fails the signature; a cursor of another list fails the filter fingerprint.
 */
@ApplicationScoped
public class CursorCodec {

    private static final String VERSION = "1";
    private static final String NONE = "-";
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /**
     * Looked up once and copied for each use: a provider lookup per request was 3% of a list's CPU. Neither is ever
     * used itself, so their state never changes and copies can be taken from any thread.
     */
    private static final MessageDigest SHA_256 = sha256();
    private final Mac signer;

    @Inject
    public CursorCodec(ServiceSecrets secrets) {
        this(secrets.cursorKey());
    }

    CursorCodec(byte[] key) {
        try {
            signer = Mac.getInstance("HmacSHA256");
            signer.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encode(Cursor cursor) {
        String payload = String.join("~", VERSION, cursor.sort().value(), cursor.filterFingerprint(),
                text(cursor.publishedOn()), text(cursor.updatedAt()), text(cursor.rank()), Long.toString(cursor.id()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    /** The cursor for this filter, or a 400 that says whether it was damaged or belongs to another list. */
    public Cursor decode(String value, NewsFilter filter) {
        Cursor cursor = verified(value);
        if (!cursor.filterFingerprint().equals(fingerprint(filter))) {
            throw invalid("belongs to a list with other filters; start again from the first page");
        }
        return cursor;
    }

    public static String fingerprint(NewsFilter filter) {
        try {
            MessageDigest sha256 = (MessageDigest) SHA_256.clone();
            return ENCODER.encodeToString(Arrays.copyOf(sha256.digest(filter.canonical().getBytes(StandardCharsets.UTF_8)),
                    12));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cursor verified(String value) {
        try {
            int dot = value.indexOf('.');
            byte[] payload = DECODER.decode(value.substring(0, dot));
            byte[] signature = DECODER.decode(value.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                throw invalid("is not a cursor this service made (damaged or altered)");
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("~", -1);
            if (parts.length != 7 || !VERSION.equals(parts[0])) {
                throw invalid("is from an older version of the service; start again from the first page");
            }
            Cursor cursor = new Cursor(Paging.Sort.fromValue(parts[1]), parts[2],
                    NONE.equals(parts[3]) ? null : LocalDate.parse(parts[3]),
                    NONE.equals(parts[4]) ? null : Instant.parse(parts[4]),
                    NONE.equals(parts[5]) ? null : Float.valueOf(parts[5]),
                    Long.parseLong(parts[6]));
            // Before relevance came in tiers, its cursors held a ts_rank score, which no tier has.
            if (cursor.sort() == Paging.Sort.RELEVANCE && NewsSql.Tier.of(cursor.rank()) == null) {
                throw invalid("is from an older version of the service; start again from the first page");
            }
            return cursor;
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeException e) {
            throw invalid("is not a cursor this service made (damaged or altered)");
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            return Arrays.copyOf(((Mac) signer.clone()).doFinal(payload), SIGNATURE_BYTES);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? NONE : value.toString();
    }

    private static InvalidParametersException invalid(String message) {
        return new InvalidParametersException(List.of(new Violation("cursor", message)));
    }
}
