package org.mirsad.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds an article's text by block-level text density, in the manner of
 * Arc90's Readability (and Kohlschütter et al., "Boilerplate Detection using Shallow Text Features",
 * WSDM 2010): every paragraph-like block gives its parent its length in characters (and a bonus per
 * comma, Arabic ، included) and its grandparent half of that; a candidate's score is then cut by its
 * link density, since navigation and related lists are mostly links. Nothing here counts stop words,
 * which is why English-tuned extractors return nothing for Arabic pages.
 */
final class MainBlock {

    /** A block shorter than this (characters) is a label or a button, not a paragraph. */
    static final int MIN_BLOCK = 25;
    private static final String TEXT_BLOCKS = "p, pre, blockquote, h2, h3, li, td, div, section";

    private MainBlock() {
    }

    /**
     * The element an explicit marker names ({@code itemprop=articleBody}), else
     * the densest candidate; {@code body} itself when no block qualifies.
     */
    static Element find(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && marked.text().length() >= MIN_BLOCK) {
            return marked;
        }
        Map<Element, Double> score = new HashMap<>();
        for (Element block : body.select(TEXT_BLOCKS)) {
            String own = ownBlockText(block);
            if (own.length() < MIN_BLOCK) {
                continue;
            }
            double points = own.length() + 25.0 * commas(own);
            Element parent = isContainer(block) ? block : block.parent();
            if (parent == null) {
                continue;
            }
            score.merge(parent, points, Double::sum);
            if (parent.parent() != null) {
                score.merge(parent.parent(), points / 2, Double::sum);
            }
        }
        Element best = body;
        double top = 0;
        for (var e : score.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (e.getKey().normalName().equals("article") || e.getKey().normalName().equals("main")) {
                s *= 1.25;
            }
            if (s > top) {
                top = s;
                best = e.getKey();
            }
        }
        // Semantic markup: the whole article element (standfirst, lead photo) rather than its body div;
        // its furniture (share bar, tags, read-also box) is removed before rendering.
        Element article = best.closest("article");
        return article != null && article != body ? article : best;
    }

    /** Text directly in a block (for containers: only their own text nodes, not their children's). */
    private static String ownBlockText(Element block) {
        return (isContainer(block) ? block.ownText() : block.text()).strip();
    }

    /** div, section, td: text written straight into them (with br between lines) scores for themselves. */
    private static boolean isContainer(Element e) {
        String n = e.normalName();
        return n.equals("div") || n.equals("section") || n.equals("td");
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    /** Share of an element's text inside links: near 1 for menus and related lists. */
    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 1;
        }
        Elements links = e.select("a");
        int linked = 0;
        for (Element a : links) {
            linked += a.text().length();
        }
        return Math.min(1, (double) linked / all);
    }
}
