package org.mirsad.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an article's main element as the lines the segmenter reads: one line per paragraph,
 * subheadings ({@code h2}–{@code h6}) on lines of their own, a figure as its caption with the photo
 * credit in brackets ({@code صورة للقادة (رويترز)}), list items as lines unless the list is a list of
 * links (a related-articles box). Furniture inside the main element is skipped.
 */
final class BlockText {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th",
            "figure", "figcaption", "header", "footer", "aside", "nav", "address", "hr", "br", "center");
    /** A credit inside a caption: the photographer or agency, rendered in brackets after the caption. */
    private static final String CREDIT = "[class*=credit], [class*=copyright], [class*=source], [class*=photographer], "
            + "small, cite";

    private final PageFurniture furniture;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private BlockText(PageFurniture furniture) {
        this.furniture = furniture;
    }

    /** The lines of {@code main}, whitespace folded, empty lines and immediate repeats dropped. */
    static List<String> lines(Element main, PageFurniture furniture) {
        BlockText t = new BlockText(furniture);
        t.children(main);
        t.flush();
        return t.lines;
    }

    private void children(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode tn) {
                current.append(tn.getWholeText());
            } else if (n instanceof Element child) {
                element(child);
            }
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (furniture.isFurniture(e) || tag.equals("time") && e.parent() != null && e.parent().normalName().equals("header")) {
            // The time in the article's header is metadata (HtmlMetadata reads it), not a line of text.
            return;
        }
        if (!BLOCK_TAGS.contains(tag)) {
            children(e);
            return;
        }
        flush();
        switch (tag) {
            case "br", "hr" -> {
            }
            case "figure" -> figure(e);
            case "ul", "ol" -> {
                if (MainBlock.linkDensity(e) < 0.5) {
                    children(e);
                }
            }
            default -> children(e);
        }
        flush();
    }

    private void figure(Element figure) {
        Element caption = figure.selectFirst("figcaption");
        if (caption == null) {
            return;
        }
        Element credit = caption.selectFirst(CREDIT);
        if (credit == null) {
            credit = figure.selectFirst(CREDIT);
        }
        String creditText = credit == null ? "" : fold(credit.text());
        Element text = caption.clone();
        text.select(CREDIT).remove();
        String captionText = fold(text.text());
        if (captionText.isEmpty()) {
            return;
        }
        boolean creditShown = creditText.isEmpty() || captionText.endsWith(")");
        lines.add(creditShown ? captionText : captionText + " (" + creditText.replaceAll("^[(]|[)]$", "") + ")");
    }

    private void flush() {
        String line = fold(current.toString());
        current.setLength(0);
        if (!line.isEmpty() && (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line))) {
            lines.add(line);
        }
    }

    /** Whitespace runs (including no-break spaces) to one space; bidi marks dropped. */
    static String fold(String s) {
        return s.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
