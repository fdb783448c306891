package org.mirsad.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.mirsad.resources.TsvResource;

/**
 * Recognises page furniture: navigation, headers and footers, sidebars, related-article lists,
 * comments, cookie banners, share widgets, ads, scripts. By tag, ARIA role, and the words of
 * {@code noise-markup.txt} in an element's class or id. Markup only: no language-dependent word list,
 * so an Arabic page is judged like any other.
 */
final class PageFurniture {

    static final Set<String> NOISE_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside", "footer",
            "header", "form", "iframe", "svg", "button", "select", "input", "textarea", "dialog", "canvas", "video",
            "audio", "object", "embed", "link", "meta");
    private static final Set<String> NOISE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar");

    private static final Pattern HEADER = Pattern.compile("(^|[-_\\s])header($|[-_\\s])");

    private final List<Pattern> noiseWords;

    private PageFurniture(List<Pattern> noiseWords) {
        this.noiseWords = List.copyOf(noiseWords);
    }

    static PageFurniture standard() {
        return Holder.STANDARD;
    }

    /** Whether {@code e} is furniture by its tag, role, hidden state, or a noise word in its class or id. */
    boolean isFurniture(Element e) {
        boolean articleHeader = articleHeader(e);
        if (NOISE_TAGS.contains(e.normalName()) && !articleHeader) {
            return true;
        }
        if (NOISE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)) || e.hasAttr("hidden")
                || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String name : names.split("\\s+")) {
            for (Pattern p : noiseWords) {
                if (p.matcher(name).find() && !(articleHeader && HEADER.matcher(name).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A header inside the article ({@code <header class="article-header">}) holds its headline and
     * standfirst, not the site's masthead.
     */
    private static boolean articleHeader(Element e) {
        return (e.normalName().equals("header") || HEADER.matcher(e.className().toLowerCase(Locale.ROOT)).find())
                && e.parent() != null && e.parent().closest("article, main") != null;
    }

    private static List<Pattern> load() {
        List<Pattern> list = new ArrayList<>();
        for (String w : TsvResource.lines(PageFurniture.class, "noise-markup.txt")) {
            // A whole part of a class name: "share", "share-box", "post_share", not "shared-folder".
            list.add(Pattern.compile("(^|[-_])" + Pattern.quote(w) + "($|[-_])"));
        }
        return list;
    }

    private static final class Holder {
        static final PageFurniture STANDARD = new PageFurniture(load());
    }
}
