package org.mirsad.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.SourceMetadata;
import org.mirsad.pipeline.PageStep;
import org.mirsad.text.ArabicNormalizer;

/**
 * HTML main-text extraction, the first page step of the pipeline: an HTML page in, a text page out
 * whose first line is the headline and whose further lines (blank line between) are the article's
 * paragraphs, subheadings and captions, ready for the same segmenter as a crawled text page.
 *
 * <ul>
 *   <li>metadata ({@link HtmlMetadata}): title, date, outlet, author and URL from JSON-LD, Open Graph
 *       and {@code article:*} meta, then markup; what the reader already knew wins;</li>
 *   <li>body: the JSON-LD {@code articleBody} when the page gives a full one, else the main element
 *       by text density ({@link MainBlock}) with furniture removed ({@link PageFurniture}), rendered
 *       block by block ({@link BlockText});</li>
 *   <li>an Arabic page never comes back empty for want of stop words: when no block qualifies, the
 *       whole body's text (furniture removed) is the text.</li>
 * </ul>
 * The page's provenance keeps the HTML file's lines; the URL is filled from the page when the reader
 * had none, so that the outlet follows from the domain.
 */
public final class HtmlMainText implements PageStep {

    /** JSON-LD articleBody shorter than this share of the markup's text is a teaser, not the body. */
    static final double FULL_BODY_SHARE = 0.5;

    private final PageFurniture furniture = PageFurniture.standard();

    @Override
    public String name() {
        return "html";
    }

    @Override
    public Page apply(Page page) {
        if (page.format() != Format.HTML) {
            return page;
        }
        Document doc = Jsoup.parse(page.content(), page.source().url() == null ? "" : page.source().url());
        HtmlMetadata meta = HtmlMetadata.of(doc);
        String title = headline(meta);
        List<String> body = body(doc, meta);
        if (!body.isEmpty() && (title == null || sameText(body.get(0), title) || isPrefixOf(body.get(0), title))) {
            // The page's own headline line: "Headline - Site" in <title> is the line without the site.
            title = body.get(0);
            body = body.subList(1, body.size());
        }
        StringBuilder text = new StringBuilder();
        if (title != null) {
            text.append(title);
        }
        for (String line : body) {
            text.append(text.length() > 0 ? "\n\n" : "").append(line);
        }
        SourceMetadata given = page.metadata();
        // A reader's title is usually the raw <title> ("Headline - Site"): the page's own headline wins then.
        String givenTitle = given.title() == null || title == null || !sameOrSuffixed(title, given.title())
                ? given.title() : title;
        SourceMetadata merged = new SourceMetadata(or(givenTitle, title), or(given.date(), meta.date()),
                or(given.outlet(), meta.outlet()), or(given.author(), meta.author()), given.signals());
        var source = page.source().url() == null && meta.url() != null && meta.url().startsWith("http")
                ? page.source().withUrl(meta.url()) : page.source();
        return new Page(source, Format.TEXT, text.toString(), merged, page.warnings());
    }

    private List<String> body(Document doc, HtmlMetadata meta) {
        Element body = doc.body();
        body.select("script, style, noscript, template").remove();
        List<Element> furnitureFound = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && furniture.isFurniture(e) && !holdsArticle(e)) {
                furnitureFound.add(e);
            }
        }
        furnitureFound.forEach(Element::remove);
        List<String> lines = BlockText.lines(MainBlock.find(body), furniture);
        if (lines.isEmpty()) {
            lines = BlockText.lines(body, furniture);
        }
        String ld = meta.articleBody();
        if (ld != null && ld.length() >= FULL_BODY_SHARE * String.join("", lines).length()) {
            List<String> ldLines = new ArrayList<>();
            for (String l : ld.split("\\R+")) {
                String f = BlockText.fold(l);
                if (!f.isEmpty()) {
                    ldLines.add(f);
                }
            }
            return ldLines;
        }
        return lines;
    }

    /**
     * A wrapper named like furniture ("content-with-sidebar") that holds the article itself must stay:
     * it holds the main element or an article that is not itself furniture.
     */
    private boolean holdsArticle(Element e) {
        if (e.selectFirst("main, [itemprop=articleBody]") != null) {
            return true;
        }
        for (Element a : e.select("article")) {
            if (a != e && !furniture.isFurniture(a)) {
                return true;
            }
        }
        return false;
    }

    /** The title without a trailing "| Site" (or "- Site" when Site is the outlet's name). */
    static String headline(HtmlMetadata meta) {
        String t = meta.title();
        if (t == null) {
            return null;
        }
        t = BlockText.fold(t);
        int bar = t.lastIndexOf(" | ");
        if (bar > 0) {
            t = t.substring(0, bar).strip();
        }
        if (meta.outlet() != null) {
            for (String sep : new String[] {" - ", " – ", " — "}) {
                String suffix = sep + meta.outlet().strip();
                if (t.endsWith(suffix)) {
                    t = t.substring(0, t.length() - suffix.length()).strip();
                }
            }
        }
        return t.isEmpty() ? null : t;
    }

    /** Whether {@code given} is {@code headline} itself or {@code headline} plus a site suffix. */
    private static boolean sameOrSuffixed(String headline, String given) {
        String g = BlockText.fold(given);
        return sameText(g, headline) || isPrefixOf(headline, g);
    }

    /** Whether {@code title} is {@code line} plus a site suffix after a separator. */
    private static boolean isPrefixOf(String line, String title) {
        return title.startsWith(line) && title.substring(line.length()).matches("\\s*[-|–—:]\\s+\\S.*");
    }

    private static boolean sameText(String a, String b) {
        return ArabicNormalizer.normalize(a).equals(ArabicNormalizer.normalize(b));
    }

    private static String or(String given, String found) {
        return given != null && !given.isBlank() ? given : found;
    }
}
