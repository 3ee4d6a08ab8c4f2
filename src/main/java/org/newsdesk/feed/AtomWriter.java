package org.newsdesk.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Atom (RFC 4287), with the picture as an enclosure link and its credit in Media RSS. */
@ApplicationScoped
public class AtomWriter {

    public static final String TYPE = "application/atom+xml";
    public static final String MEDIA_TYPE = TYPE + "; charset=UTF-8";

    public byte[] write(NewsFeed feed) {
        Feed atom = new Feed("atom_1.0");
        atom.setId(feed.selfUrl());
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        // Atom requires updated; an empty feed never changed.
        atom.setUpdated(Date.from(feed.updated() == null ? Instant.EPOCH : feed.updated()));
        atom.setAlternateLinks(links(link("alternate", feed.homeUrl(), "text/html")));
        atom.setOtherLinks(links(link("self", feed.selfUrl(), TYPE)));
        // The feed's author stands for every entry's (RFC 4287 §4.1.1).
        Person author = new Person();
        author.setName(NewsFeed.AUTHOR);
        atom.setAuthors(new ArrayList<SyndPerson>(List.of(author)));
        atom.setEntries(new ArrayList<>(feed.entries().stream().map(AtomWriter::entry).toList()));
        // Rome writes no language for Atom: xml:lang on the root says it for the whole feed, on an entry for the entry.
        return RomeOutput.bytes(atom, root -> {
            root.setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
            List<Element> written = root.getChildren("entry", root.getNamespace());
            for (int i = 0; i < written.size(); i++) {
                written.get(i).setAttribute("lang", feed.entries().get(i).language(), Namespace.XML_NAMESPACE);
            }
        });
    }

    private static Entry entry(NewsFeed.Entry item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(links(link("alternate", item.url(), "text/html")));
        if (RomeOutput.uri(item.imageUrl()) != null) {
            entry.setOtherLinks(links(link("enclosure", item.imageUrl(), null)));
        }
        entry.setPublished(Date.from(item.published().toInstant()));
        entry.setUpdated(Date.from(item.updated()));
        if (item.summary() != null) {
            entry.setSummary(text(item.summary()));
        }
        entry.setCategories(new ArrayList<>(item.categories().stream().map(AtomWriter::category).toList()));
        // The picture is the enclosure already: Media RSS only adds its credit.
        entry.setModules(RomeOutput.media(null, item.imageCredit()));
        return entry;
    }

    private static Category category(NewsFeed.Category topic) {
        Category category = new Category();
        category.setScheme(topic.scheme());
        category.setTerm(topic.term());
        category.setLabel(topic.label());
        return category;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static List<Link> links(Link link) {
        return new ArrayList<>(List.of(link));
    }
}
