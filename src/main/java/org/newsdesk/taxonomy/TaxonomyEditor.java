package org.newsdesk.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.platform.db.ContentChanged;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.IfMatch;
import org.newsdesk.platform.http.JsonBodies;
import org.newsdesk.platform.http.Written;
import org.newsdesk.platform.problem.InvalidBodyException;
import org.newsdesk.platform.problem.ProblemException;
import org.newsdesk.platform.problem.ResourceNotFoundException;
import org.newsdesk.platform.text.Slugs;

/**
 * Admins' changes to topics and regions, each in its own transaction with the entry's row locked and
 * If-Match checked against the entry as a GET shows it. The answer is sent after commit.
 */
@ApplicationScoped
public class TaxonomyEditor {

    /** The entry is rendered inside the write's transaction, on the primary. */
    private final ReadSession primary;

    /** Slugs made from names stay within the column. */
    private static final int MAX_SLUG = 64;

    private final TermRepository terms;
    private final TaxonomyService taxonomy;
    private final HttpCaching caching;
    private final Event<ContentChanged> changes;
    private final JsonBodies bodies;

    public TaxonomyEditor(TermRepository terms, TaxonomyService taxonomy, HttpCaching caching,
            Event<ContentChanged> changes, JsonBodies bodies, ReadSessions sessions) {
        this.primary = sessions.primary();
        this.terms = terms;
        this.taxonomy = taxonomy;
        this.caching = caching;
        this.changes = changes;
        this.bodies = bodies;
    }

    @Transactional
    public Written create(TermKind kind, TermWrite write, ApiLinks links) {
        changes.fire(new ContentChanged());
        String slug = write.slug() != null ? write.slug() : slugFromName(write.name());
        requireFree(kind, slug);
        Term term = newTerm(kind);
        term.slug = slug;
        term.name = write.name().strip();
        term.names = write.namesByLanguage();
        terms.persist(term);
        return render(kind, term, links);
    }

    @Transactional
    public Written replace(TermKind kind, String slug, TermWrite write, String ifMatch, ApiLinks links) {
        changes.fire(new ContentChanged());
        return change(kind, locked(kind, slug, ifMatch, links), write, links);
    }

    @Transactional
    public Written patch(TermKind kind, String slug, JsonNode patch, String ifMatch, ApiLinks links) {
        changes.fire(new ContentChanged());
        Term term = locked(kind, slug, ifMatch, links);
        TermWrite merged = bodies.read(bodies.mergePatch(bodies.tree(new TermWrite(term.slug, term.name, term.names)), patch),
                TermWrite.class, TermWrite.READ_ONLY);
        return change(kind, term, merged, links);
    }

    /** 409 while anything still uses the entry: untag first, so no item silently loses a tag. */
    @Transactional
    public void delete(TermKind kind, String slug, String ifMatch, ApiLinks links) {
        changes.fire(new ContentChanged());
        Term term = locked(kind, slug, ifMatch, links);
        TermRepository.Usage usage = terms.usage(kind, term.id);
        long items = usage.items();
        long countries = usage.countries();
        if (items > 0 || countries > 0) {
            throw ProblemException.conflict("The " + kind.label + " '" + slug + "' is still in use: "
                    + plural(items, "news item", "news items") + " " + kind.howItemsUseIt
                    + (kind == TermKind.REGION ? ", " + plural(countries, "country", "countries") + " in it" : "")
                    + ". Remove those uses first.");
        }
        terms.remove(term);
    }

    private Written change(TermKind kind, Term term, TermWrite write, ApiLinks links) {
        String slug = write.slug() == null ? term.slug : write.slug();
        if (!slug.equals(term.slug)) {
            requireFree(kind, slug);
        }
        term.slug = slug;
        term.name = write.name().strip();
        term.names = write.namesByLanguage();
        return render(kind, term, links);
    }

    private Term locked(TermKind kind, String slug, String ifMatch, ApiLinks links) {
        Term term = (Slugs.isSlug(slug) ? terms.lockedBySlug(kind, slug) : Optional.<Term>empty())
                .orElseThrow(() -> new ResourceNotFoundException("No " + kind.label + " with slug '" + slug + "'."));
        IfMatch.check(ifMatch, render(kind, term, links).etag());
        return term;
    }

    private void requireFree(TermKind kind, String slug) {
        if (terms.slugTaken(kind, slug)) {
            throw ProblemException.conflict("A " + kind.label + " with the slug '" + slug + "' already exists.");
        }
    }

    /** The entry as a GET shows it, read within this transaction after the change. */
    private Written render(TermKind kind, Term term, ApiLinks links) {
        terms.flush();
        return caching.written(taxonomy.entry(kind, primary, term.slug, links, LocalName.ENGLISH),
                links.resourceUri(kind.collection, term.slug));
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static Term newTerm(TermKind kind) {
        return kind == TermKind.TOPIC ? new Topic() : new Region();
    }

    private static String slugFromName(String name) {
        String slug = Slugs.fromTitle(name);
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        // fromTitle falls back to "item" when the name has no Latin letters or digits at all.
        if (slug.equals("item") && !name.toLowerCase(Locale.ROOT).contains("item")) {
            throw InvalidBodyException.of("name", "has no letters or digits to make a slug from; give slug");
        }
        if (Slugs.RESERVED.contains(slug)) {
            throw InvalidBodyException.of("name", "makes the slug '" + slug + "', which is reserved for a fixed route; "
                    + "give slug");
        }
        return slug;
    }
}
