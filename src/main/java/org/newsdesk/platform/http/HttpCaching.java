package org.newsdesk.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsdesk.platform.config.NewsdeskConfig;
import org.newsdesk.platform.config.ServiceClock;
import org.newsdesk.platform.db.ContentVersion;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;

/**
 * HTTP caching for every public GET: a strong ETag from the bytes of the answer, 304 for a matching
 * If-None-Match (or an unchanged If-Modified-Since where the resource has a Last-Modified), and
 * Cache-Control. Answers are also kept in memory, keyed by the day and the full request URL, for as
 * long as the content version they were made from is current (see {@link ContentVersion}); a cached
 * answer costs no database work at all. Requests with credentials (editors) get a private answer made
 * for them, never stored here nor by shared caches. Public answers are rendered on the read replica
 * when one is set and up to date ({@link ReadSessions}).
 */
@ApplicationScoped
public class HttpCaching {

    /** Editors' answers: only their own browser may keep them, and must check back before each use. */
    private static final String PRIVATE = "private, no-cache";
    private final ObjectMapper json;
    private final ContentVersion contentVersion;
    private final String cacheControl;
    private final Cache<String, CachedAnswer> answers;
    private final ConcurrentMap<String, CompletableFuture<CachedAnswer>> rendering = new ConcurrentHashMap<>();
    private final ServiceClock clock;
    private final ReadSessions reads;
    private final PublicOrigin origin;
    private final String vary;

    public HttpCaching(ObjectMapper json, ContentVersion contentVersion, NewsdeskConfig config, ServiceClock clock,
            ReadSessions reads, PublicOrigin origin) {
        this.json = json;
        this.origin = origin;
        // An editor's answer may differ from the public one for the same URL; links may follow forwarded headers.
        this.vary = origin.linkHeaders().isEmpty() ? HttpHeaders.AUTHORIZATION
                : HttpHeaders.AUTHORIZATION + ", " + origin.linkHeaders();
        this.reads = reads;
        this.contentVersion = contentVersion;
        this.clock = clock;
        this.cacheControl = config.http().cacheControl();
        this.answers = config.http().responseCacheEnabled()
                ? Caffeine.newBuilder()
                        .maximumWeight(config.http().responseCacheMib() * 1024L * 1024L)
                        .weigher((String key, CachedAnswer answer) -> key.length() * 2 + answer.body().length + 256)
                        .build()
                : null;
    }

    /** Answers a GET from the cache when it can, else from {@code render}, and applies the preconditions. */
    public Response get(HttpHeaders request, UriInfo uri, Function<ReadSession, Rendered> render) {
        return get(request, uri, null, render);
    }

    /**
     * The same for an answer whose words are in {@code language} ({@link ContentLanguage}): kept apart per language,
     * with Content-Language, and Vary: Accept-Language, as the header may choose it.
     */
    public Response get(HttpHeaders request, UriInfo uri, String language, Function<ReadSession, Rendered> render) {
        boolean shared = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        // Scheduled items become public at midnight: the day is part of what an answer was made for. The URL
        // is the one its links are built on: with a public base URL, the Host sent changes nothing.
        String key = clock.today() + " " + origin.links(uri).current() + (language == null ? "" : " " + language);
        CachedAnswer answer = shared ? answer(key, () -> reads.publicRead(render))
                : serialise(ContentVersion.UNKNOWN, render.apply(reads.primary()));
        String cacheControl = shared ? this.cacheControl : PRIVATE;
        if (notModified(request, answer)) {
            return headers(Response.notModified(), answer, cacheControl, language).build();
        }
        Response.ResponseBuilder response = headers(Response.ok(answer.body(), answer.mediaType()), answer,
                cacheControl, language);
        answer.headers().forEach(response::header);
        return response.build();
    }

    private CachedAnswer answer(String key, Supplier<Rendered> render) {
        long version = contentVersion.current();
        if (answers == null || version == ContentVersion.UNKNOWN) {
            return serialise(version, render.get());
        }
        CachedAnswer cached = answers.getIfPresent(key);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        // One render per URL and content version: requests that miss together (after every change, all
        // of them) wait for it instead of each running the same SQL.
        String renderKey = version + " " + key;
        CompletableFuture<CachedAnswer> mine = new CompletableFuture<>();
        CompletableFuture<CachedAnswer> running = rendering.putIfAbsent(renderKey, mine);
        if (running != null) {
            return awaited(running);
        }
        try {
            CachedAnswer fresh = serialise(version, render.get());
            // Store only what was made from a version that is still current: a change during rendering
            // leaves nothing behind.
            if (version == contentVersion.current()) {
                answers.put(key, fresh);
            }
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(renderKey, mine);
        }
    }

    /** Another request's render: its answer, or the same failure. */
    private static CachedAnswer awaited(CompletableFuture<CachedAnswer> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private CachedAnswer serialise(long version, Rendered rendered) {
        try {
            byte[] body = rendered.body() instanceof Rendered.Bytes made ? made.content()
                    : json.writeValueAsBytes(rendered.body());
            String mediaType = rendered.body() instanceof Rendered.Bytes made ? made.mediaType()
                    : MediaType.APPLICATION_JSON;
            Instant lastModified = rendered.lastModified() == null ? null
                    : rendered.lastModified().truncatedTo(ChronoUnit.SECONDS);
            return new CachedAnswer(version, body, mediaType, etag(body), rendered.headers(), lastModified);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strong ETag a GET of this body would carry: what If-Match on a write is compared with. */
    public String etagOf(Object body) {
        return etag(bytesOf(body));
    }

    /** The bytes a GET answer with this body has. */
    /** A write's answer: {@code body} as a GET of {@code location} will send it, with its ETag. */
    public Written written(Object body, URI location) {
        byte[] bytes = bytesOf(body);
        return new Written(bytes, etag(bytes), location, false);
    }

    public byte[] bytesOf(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder response, CachedAnswer answer,
            String cacheControl, String language) {
        response.header(HttpHeaders.ETAG, answer.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, language == null ? vary : vary + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        if (language != null) {
            response.header(HttpHeaders.CONTENT_LANGUAGE, language);
        }
        if (answer.lastModified() != null) {
            response.header(HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(answer.lastModified().atZone(ZoneOffset.UTC)));
        }
        return response;
    }

    /** RFC 9110 §13.1: If-None-Match (weak comparison) wins over If-Modified-Since. */
    private static boolean notModified(HttpHeaders request, CachedAnswer answer) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(answer.etag()));
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null && answer.lastModified() != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !answer.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored (RFC 9110 §13.1.3)
            }
        }
        return false;
    }

    public static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
