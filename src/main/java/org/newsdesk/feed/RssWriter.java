package org.newsdesk.feed;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** RSS 2.0 with an atom:link to itself and Media RSS for pictures. */
@ApplicationScoped
public class RssWriter {

    public static final String TYPE = "application/rss+xml";
    public static final String MEDIA_TYPE = TYPE + "; charset=UTF-8";

    public byte[] write(NewsFeed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        if (feed.updated() != null) {
            channel.setLastBuildDate(Date.from(feed.updated()));
        }
        channel.setModules(new ArrayList<>(List.of(selfLink(feed.selfUrl()))));
        channel.setItems(new ArrayList<>(feed.entries().stream().map(RssWriter::item).toList()));
        return RomeOutput.bytes(channel);
    }

    /** RSS has no self link of its own; the RSS Advisory Board recommends Atom's. */
    private static Module selfLink(String url) {
        Link self = new Link();
        self.setRel("self");
        self.setHref(url);
        self.setType(TYPE);
        AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
        atom.setLinks(new ArrayList<>(List.of(self)));
        return atom;
    }

    private static Item item(NewsFeed.Entry entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setValue(entry.id());
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published().toInstant()));
        if (entry.summary() != null) {
            // Readers take an RSS description as HTML: plain text is escaped once for that, once for XML.
            Description description = new Description();
            description.setType("text/html");
            description.setValue(FeedText.html(entry.summary()));
            item.setDescription(description);
        }
        item.setCategories(new ArrayList<>(entry.categories().stream().map(RssWriter::category).toList()));
        List<Module> modules = RomeOutput.media(entry.imageUrl(), entry.imageCredit());
        // RSS has a language per channel only; Dublin Core's says each item's.
        DCModuleImpl dublinCore = new DCModuleImpl();
        dublinCore.setLanguage(entry.language());
        modules.add(dublinCore);
        item.setModules(modules);
        return item;
    }

    private static Category category(NewsFeed.Category topic) {
        Category category = new Category();
        category.setDomain(topic.url());
        category.setValue(topic.label());
        return category;
    }
}
