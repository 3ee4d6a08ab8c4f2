package org.newsdesk.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads feeds as their readers do: XML with a namespace-aware parser, JSON Feed with Jackson (JsonPath). */
final class FeedDocuments {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA = "http://search.yahoo.com/mrss/";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    static final String RSS_TYPE = "application/rss+xml; charset=UTF-8";
    static final String ATOM_TYPE = "application/atom+xml; charset=UTF-8";
    static final String JSON_FEED_TYPE = "application/feed+json; charset=UTF-8";

    private FeedDocuments() {
    }

    static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    static String tag(long id) {
        return "tag:localhost,2022:news/" + id;
    }

    /** The feed at {@code path}, checked to be 200 of the given type, parsed. */
    static Element xml(String path, String contentType) {
        byte[] body = given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                .header("Content-Type", contentType).extract().asByteArray();
        return parse(body).getDocumentElement();
    }

    static Document parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static JsonPath json(String path) {
        return given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                .header("Content-Type", JSON_FEED_TYPE).extract().jsonPath();
    }

    /** The child elements of {@code parent} with this namespace (null: none) and local name. */
    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())
                    && Objects.equals(namespace, element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The one such child: a feed that repeats or misses it fails. */
    static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        assertEquals(1, found.size(), "exactly one " + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    static String text(Element parent, String namespace, String name) {
        return child(parent, namespace, name).getTextContent();
    }

    /** Atom's link of this rel, exactly one. */
    static Element atomLink(Element parent, String rel) {
        List<Element> links = children(parent, ATOM, "link").stream()
                .filter(link -> rel.equals(link.getAttribute("rel"))).toList();
        assertEquals(1, links.size(), "exactly one link rel=" + rel);
        return links.get(0);
    }

    static Instant rfc822(String date) {
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** The news list as the API gives it (the feeds must carry the same items in the same order). */
    static List<Map<String, Object>> apiItems(String query) {
        return given().urlEncodingEnabled(false).get("/api/v1/news?size=100" + query).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
