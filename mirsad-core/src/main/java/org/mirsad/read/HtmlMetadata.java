package org.mirsad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mirsad.json.Json;
import org.mirsad.model.SourceMetadata;

/**
 * What an HTML page says about itself, from the places news sites put it: Open Graph
 * (https://ogp.me: og:title, og:site_name, og:url, article:published_time), plain meta tags, the
 * schema.org NewsArticle in JSON-LD (datePublished, publisher, author), {@code <time datetime>},
 * {@code <title>} and the canonical link. The first place that has a value wins, in that order.
 *
 * @param metadata title, date, outlet and author as the page wrote them
 * @param url      the canonical URL (canonical link, else og:url), or null
 */
record HtmlMetadata(SourceMetadata metadata, String url) {

    private static final String DATE_METAS = "meta[property=article:published_time], meta[name=article:published_time], "
            + "meta[itemprop=datePublished], meta[name=date], meta[name=pubdate], meta[name=publishdate], "
            + "meta[name=DC.date.issued], meta[name=dcterms.date], meta[property=og:published_time]";

    /** Parses {@code html}; {@code baseUri} (may be empty) resolves a relative canonical link. */
    static HtmlMetadata of(String html, String baseUri) {
        return of(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    static HtmlMetadata of(Document doc) {
        List<JsonNode> linkedData = linkedData(doc);
        String title = first(meta(doc, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]"),
                doc.title().strip());
        String date = first(meta(doc, DATE_METAS), linkedDataText(linkedData, "datePublished"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String outlet = first(meta(doc, "meta[property=og:site_name], meta[name=og:site_name]"),
                linkedDataText(linkedData, "publisher"));
        String author = first(meta(doc, "meta[name=author], meta[property=article:author]"),
                linkedDataText(linkedData, "author"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : first(canonical.absUrl("href"), canonical.attr("href")),
                meta(doc, "meta[property=og:url], meta[name=og:url]"));
        return new HtmlMetadata(new SourceMetadata(title, date, outlet, author), url);
    }

    /** The first non-empty {@code content} of the selectors in {@code query}, in the query's order. */
    private static String meta(Document doc, String query) {
        for (String selector : query.split(", ")) {
            for (Element e : doc.select(selector)) {
                String content = e.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static List<JsonNode> linkedData(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(Json.mapper().readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on news sites; the other sources of metadata still count.
            }
        }
        return nodes;
    }

    /** Flattens arrays and {@code @graph} lists into the objects they hold. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    /** The first value of {@code field} in the JSON-LD objects; an object or list gives its name. */
    private static String linkedDataText(List<JsonNode> nodes, String field) {
        for (JsonNode node : nodes) {
            String text = nameOf(node.get(field));
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static String nameOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : nameOf(value.get(0));
        }
        if (value.isObject()) {
            return value.hasNonNull("name") ? value.get("name").asText() : null;
        }
        return value.asText();
    }
}
