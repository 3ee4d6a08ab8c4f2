package org.newsdesk.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.editorial.EditorialViews.RevisionDetail;
import org.newsdesk.editorial.EditorialViews.RevisionLinks;
import org.newsdesk.editorial.EditorialViews.RevisionList;
import org.newsdesk.editorial.EditorialViews.RevisionSummary;
import org.newsdesk.editorial.IdempotencyRepository.StoredAnswer;
import org.newsdesk.editorial.RevisionRepository.RevisionRow;
import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsRepository;
import org.newsdesk.news.NewsService;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.platform.db.ContentChanged;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.IfMatch;
import org.newsdesk.platform.http.JsonBodies;
import org.newsdesk.platform.http.Written;
import org.newsdesk.platform.problem.InvalidBodyException;
import org.newsdesk.platform.problem.ResourceMovedException;
import org.newsdesk.platform.problem.ResourceNotFoundException;
import org.newsdesk.platform.problem.Problem.Violation;
import org.newsdesk.platform.text.Slugs;
import org.newsdesk.taxonomy.Vocabulary;

/**
 * Editors' changes to news. Each runs in its own transaction: the item row is locked, If-Match is
 * checked against the ETag of the item as it is, and the item, its tags, its revision (and an
 * idempotency record) commit together. Only then does the caller get its answer, and this instance's
 * response cache moves on at once (other instances follow the database's notification).
 */
@ApplicationScoped
public class EditorialService {

    /** Its reads happen inside its writes' transactions, on the primary. */
    private final ReadSession primary;

    private final NewsRepository news;
    private final NewsService reads;
    private final NewsWriter writer;
    private final RevisionRepository revisions;
    private final IdempotencyRepository idempotency;
    private final HttpCaching caching;
    private final Event<ContentChanged> changes;
    private final JsonBodies bodies;
    private final ObjectMapper json;
    private final TranslationGroups translations;

    public EditorialService(NewsRepository news, NewsService reads, NewsWriter writer, RevisionRepository revisions,
            IdempotencyRepository idempotency, HttpCaching caching, Event<ContentChanged> changes, JsonBodies bodies,
            ObjectMapper json, ReadSessions sessions, TranslationGroups translations) {
        this.translations = translations;
        this.primary = sessions.primary();
        this.news = news;
        this.reads = reads;
        this.writer = writer;
        this.revisions = revisions;
        this.idempotency = idempotency;
        this.caching = caching;
        this.changes = changes;
        this.bodies = bodies;
        this.json = json;
    }

    /**
     * A body as a NewsWrite with the tags it names, looked up once: every broken rule and every unknown tag in
     * one 400. Read inside the write's transaction, so that the tags it applies are the ones it checked.
     */
    private CheckedWrite checked(JsonNode object) {
        AtomicReference<Vocabulary.Tags> tags = new AtomicReference<>();
        NewsWrite write = bodies.read(object, NewsWrite.class, NewsWrite.READ_ONLY, value -> {
            List<Violation> unknown = new ArrayList<>();
            tags.set(writer.tags(value, unknown));
            return unknown;
        });
        return new CheckedWrite(write, tags.get());
    }

    /** POST: the body is checked (400) before an Idempotency-Key is looked at. */
    @Transactional
    public Written create(JsonNode body, String author, String idempotencyKey, ApiLinks links) {
        changes.fire(new ContentChanged());
        return created(checked(body), null, author, idempotencyKey, links);
    }

    /**
     * POST to an item's translations: a new item, in the body's language (required), in the item's translation
     * group. The body is checked (400) before an unknown slug is a 404, a language the group has a 409, and an
     * Idempotency-Key looked at.
     */
    @Transactional
    public Written translate(String slug, JsonNode body, String author, String idempotencyKey, ApiLinks links) {
        changes.fire(new ContentChanged());
        CheckedWrite write = checked(body);
        if (write.write().language() == null) {
            throw InvalidBodyException.of("language", "is required for a translation: the language it is in");
        }
        return created(write, resolve(slug, links, true), author, idempotencyKey, links);
    }

    private Written created(CheckedWrite write, NewsItem source, String author, String idempotencyKey,
            ApiLinks links) {
        if (idempotencyKey != null) {
            Optional<StoredAnswer> earlier = idempotency.claim(author, idempotencyKey, hash(write.write(), source));
            if (earlier.isPresent()) {
                StoredAnswer answer = earlier.get();
                return Written.replay(answer.body(), answer.etag(), answer.location());
            }
        }
        NewsItem item = new NewsItem();
        writer.apply(item, write);
        if (source != null) {
            translations.join(source, item);
        }
        news.persist(item);
        Written written = finish(item, "create", null, author, links);
        if (idempotencyKey != null) {
            idempotency.complete(author, idempotencyKey,
                    new StoredAnswer(written.location(), written.etag(), written.body()));
        }
        return written;
    }

    /** DELETE of an item's translation: the item in that language leaves the item's translation group. */
    @Transactional
    public void detach(String slug, String language, ApiLinks links) {
        changes.fire(new ContentChanged());
        translations.detach(resolve(slug, links, true), language);
    }

    /**
     * PUT: the item becomes what the body says; unchanged content keeps its version. A broken body is a 400
     * before an unknown slug is a 404 or a stale If-Match a 412.
     */
    @Transactional
    public Written replace(String slug, JsonNode body, String ifMatch, ApiLinks links, String author) {
        changes.fire(new ContentChanged());
        CheckedWrite write = checked(body);
        NewsItem item = lockedForChange(slug, ifMatch, links);
        return change(item, write, author, links);
    }

    /** PATCH: JSON Merge Patch over the item as written; without slug in the patch, the slug follows the rules. */
    @Transactional
    public Written patch(String slug, JsonNode patch, String ifMatch, ApiLinks links, String author) {
        changes.fire(new ContentChanged());
        NewsItem item = lockedForChange(slug, ifMatch, links);
        NewsWrite current = NewsWriter.asWritten(item);
        CheckedWrite merged = checked(bodies.mergePatch(bodies.tree(current), patch));
        return change(item, patch.has("slug") ? merged : merged.withoutSlug(), author, links);
    }

    /** DELETE: the item is retired (out of the public API, kept, restorable by setting status again). */
    @Transactional
    public void retire(String slug, String ifMatch, ApiLinks links, String author) {
        changes.fire(new ContentChanged());
        NewsItem item = lockedForChange(slug, ifMatch, links);
        if (item.status != NewsStatus.RETIRED) {
            NewsWrite before = NewsWriter.asWritten(item);
            item.status = NewsStatus.RETIRED;
            finish(item, "retire", before, author, links);
        }
    }

    public RevisionList revisions(String slug, ApiLinks links) {
        NewsItem item = forEditor(slug, links);
        return new RevisionList(revisions.list(item.id).stream()
                .map(row -> new RevisionSummary(row.number(), row.author(), row.createdAt(), row.action(),
                        row.changed(), revisionLinks(item.slug, row.number(), links)))
                .toList());
    }

    public RevisionDetail revision(String slug, int number, ApiLinks links) {
        NewsItem item = forEditor(slug, links);
        RevisionRow row = revisions.get(item.id, number).orElseThrow(() -> new ResourceNotFoundException("News item '" + slug + "' has no revision " + number + "."));
        try {
            return new RevisionDetail(row.number(), row.author(), row.createdAt(), row.action(), row.changed(),
                    json.readValue(row.content(), NewsWrite.class), revisionLinks(item.slug, number, links));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Written change(NewsItem item, CheckedWrite write, String author, ApiLinks links) {
        NewsWrite before = NewsWriter.asWritten(item);
        writer.apply(item, write);
        if (!item.language.equals(before.language())) {
            translations.checkLanguage(item);
        }
        if (NewsWriter.asWritten(item).equals(before)) {
            return render(item, links); // nothing changed: same version, no revision
        }
        boolean retiring = item.status == NewsStatus.RETIRED && before.status() != NewsStatus.RETIRED;
        return finish(item, retiring ? "retire" : "update", before, author, links);
    }

    /** Counts the revision, flushes, records it and renders the item exactly as a GET will. */
    private Written finish(NewsItem item, String action, NewsWrite before, String author, ApiLinks links) {
        if (before != null) {
            item.revision++;
        }
        news.flush();
        news.refresh(item);
        NewsWrite after = NewsWriter.asWritten(item);
        revisions.add(item.id, item.revision, author, item.updatedAt, action, NewsWriter.changed(before, after),
                serialise(after));
        return render(item, links);
    }

    private Written render(NewsItem item, ApiLinks links) {
        NewsDetail detail = reads.detail(primary, item, links, null);
        return caching.written(detail, links.resourceUri("news", item.slug));
    }

    /**
     * The item locked for this transaction, after If-Match is checked against its current ETag (so an
     * unknown slug is a 404 before a missing If-Match is a 428).
     */
    private NewsItem lockedForChange(String slug, String ifMatch, ApiLinks links) {
        NewsItem item = resolve(slug, links, true);
        IfMatch.check(ifMatch, render(item, links).etag());
        return item;
    }

    private NewsItem forEditor(String slug, ApiLinks links) {
        return resolve(slug, links, false);
    }

    /** Any item by slug; an old slug redirects to the current one, a slug never used is a 404. */
    private NewsItem resolve(String slug, ApiLinks links, boolean lock) {
        if (!Slugs.isSlug(slug)) {
            throw NewsService.notFound(slug);
        }
        Optional<NewsItem> item = lock
                ? news.lockedBySlug(slug)
                : news.findBySlug(primary, slug);
        return item.orElseThrow(() -> news.currentSlugOf(primary, slug, null)
                .<RuntimeException>map(current -> new ResourceMovedException(links.resourceUri("news", current)))
                .orElseGet(() -> NewsService.notFound(slug)));
    }

    private String serialise(NewsWrite write) {
        try {
            return json.writeValueAsString(write);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What identifies a request for Idempotency-Key: the parsed body, so whitespace and field order do not matter, and
     * for a translation the item it translates.
     */
    private String hash(NewsWrite write, NewsItem source) {
        String request = serialise(write) + (source == null ? "" : "\ntranslation of " + source.id);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RevisionLinks revisionLinks(String slug, int number, ApiLinks links) {
        String item = links.resource("news", slug);
        return new RevisionLinks(item + "/revisions/" + number, item);
    }
}
