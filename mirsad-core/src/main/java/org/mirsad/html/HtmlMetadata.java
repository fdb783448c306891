package org.mirsad.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself, best source first: the JSON-LD {@code NewsArticle} (schema.org),
 * then Open Graph and {@code article:*} meta tags, then plain markup ({@code h1}, {@code <title>},
 * {@code <time>}). Any field may be null.
 *
 * @param title       the headline
 * @param date        the publication date as written (ISO 8601 in JSON-LD and meta tags)
 * @param outlet      the site's name ({@code publisher.name}, {@code og:site_name})
 * @param author      the author's name
 * @param url         the page's own address ({@code og:url}, canonical link)
 * @param articleBody the JSON-LD {@code articleBody}, the cleanest text a page can give
 */
record HtmlMetadata(String title, String date, String outlet, String author, String url, String articleBody) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNews",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting");

    static HtmlMetadata of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title());
        String date = first(text(ld, "datePublished"), meta(doc, "article:published_time"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date"),
                doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
        String outlet = first(ld == null ? null : text(ld.get("publisher"), "name"), meta(doc, "og:site_name"),
                meta(doc, "application-name"));
        String author = first(ld == null ? null : name(ld.get("author")), meta(doc, "author"), meta(doc, "article:author"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(meta(doc, "og:url"), canonical == null ? null : canonical.absUrl("href"),
                canonical == null ? null : canonical.attr("href"), text(ld, "url"));
        return new HtmlMetadata(title, date, outlet, author, url, text(ld, "articleBody"));
    }

    /** The first JSON-LD object of an article type, also inside arrays and {@code @graph}; null if none. */
    static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(MAPPER.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // A broken JSON-LD block is common on real sites; the meta tags still speak.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : MAPPER.createArrayNode().add(type)) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return node;
                }
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static String name(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isArray()) {
            return author.isEmpty() ? null : name(author.get(0));
        }
        return author.isObject() ? text(author, "name") : blankToNull(author.asText());
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        return v.isValueNode() ? blankToNull(v.asText()) : null;
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
