package org.newsdesk.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/** What the RSS and Atom writers share: Rome's XML output and the Media RSS module. */
final class RomeOutput {

    private RomeOutput() {
    }

    static byte[] bytes(WireFeed feed) {
        return bytes(feed, root -> {
        });
    }

    /**
     * The feed as UTF-8 XML, after {@code finish} has added what Rome does not write. Not pretty-printed:
     * that would trim the text of elements.
     */
    static byte[] bytes(WireFeed feed, Consumer<Element> finish) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Document document = new WireFeedOutput().outputJDom(feed);
            finish.accept(document.getRootElement());
            new XMLOutputter(Format.getRawFormat().setEncoding(StandardCharsets.UTF_8.name())).output(document, writer);
        } catch (IOException | FeedException e) {
            throw new IllegalStateException("Could not write the " + feed.getFeedType() + " feed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Media RSS for an item's picture: media:content (with its media:credit) when {@code imageUrl} is
     * given, else the credit alone at item level. No module at all when there is nothing to say.
     */
    static List<Module> media(String imageUrl, String credit) {
        Metadata metadata = new Metadata();
        if (credit != null && !credit.isBlank()) {
            metadata.setCredits(new Credit[] {new Credit(null, null, credit)});
        }
        URI image = uri(imageUrl);
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        if (image != null) {
            MediaContent content = new MediaContent(new UrlReference(image));
            content.setMedium("image");
            content.setMetadata(metadata);
            media.setMediaContents(new MediaContent[] {content});
        } else if (metadata.getCredits().length > 0) {
            media.setMetadata(metadata);
        } else {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(media));
    }

    /** The image's URL when it is one; an unreadable one is left out rather than break the feed. */
    static URI uri(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
