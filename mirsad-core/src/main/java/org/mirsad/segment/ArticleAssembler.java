package org.mirsad.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;
import org.mirsad.text.WordCount;

/**
 * Turns the lines of one article (a run from {@link PageSplitter}) into an {@link Article}: the
 * headline (the page's title when the source gives one), the repeated headline block collapsed,
 * captions each once with their credit, a lede when a line sits between the headline and the first
 * caption, subheadings (glued ones split), paragraphs, the date line and a byline kept aside (in
 * {@link SourceMetadata}), and the line range.
 */
final class ArticleAssembler {

    /** A body whose every paragraph is short and unfinished is a list of teaser headlines. */
    static final int MIN_PROSE_WORDS = 15;

    /** What the assembler needs to know about the page around the run. */
    record PageContext(Provenance source, boolean wholeFile, SourceMetadata metadata, String title,
                       Map<String, Integer> lineCounts) {
    }

    private final CaptionDetector captions;
    private final SubheadDetector subheads;

    ArticleAssembler(CaptionDetector captions, SubheadDetector subheads) {
        this.captions = captions;
        this.subheads = subheads;
    }

    Optional<Article> assemble(List<PageLine> run, PageContext page) {
        int start = page.title() == null ? headlineIndex(run, page) : -1;
        if (page.title() == null && start < 0) {
            return Optional.empty();
        }
        String headline = start < 0 ? page.title() : run.get(start).text();
        String headKey = LineText.key(headline);
        int first = start < 0 ? 0 : run.get(start).number();
        int last = first;
        List<Block> blocks = new ArrayList<>();
        Map<String, Caption> caps = new LinkedHashMap<>();
        String lede = null;
        String date = null;
        String byline = null;
        for (int j = start + 1; j < run.size(); j++) {
            PageLine l = run.get(j);
            if (l.kind() == LineKind.DATE && date == null) {
                date = dateValue(l.text());
            }
            if (l.kind() != LineKind.TEXT || l.key().equals(headKey)) {
                continue;
            }
            first = first == 0 ? l.number() : first;
            last = l.number();
            Optional<Caption> c = captionOf(l, page);
            if (c.isPresent()) {
                caps.putIfAbsent(LineText.key(c.get().text()), c.get());
                continue;
            }
            // A bulleted line that is not a caption is a list item: its text without the bullet.
            String text = LineText.withoutBullet(l.text());
            // the line's folded text when no bullet came off it (most lines): folded once per line
            List<String> glued = subheads.splitGlued(text, text == l.text() ? l.foldedText() : new FoldedText(text));
            boolean opening = blocks.isEmpty() && lede == null;
            if (BylineDetector.isByline(text) && (opening || !proseFollows(run, j, page, headKey))) {
                byline = byline == null ? text : byline;
            } else if (!glued.isEmpty()) {
                blocks.add(Block.subhead(glued.get(0)));
                blocks.add(Block.paragraph(glued.get(1)));
            } else if (blocks.isEmpty() && lede == null && caps.isEmpty() && !SubheadDetector.isSubheadLike(text)
                    && nextTextIsCaption(run, j, page)) {
                lede = text;
            } else if (SubheadDetector.isSubheadLike(text) && (!blocks.isEmpty() || lede != null)
                    && proseFollows(run, j, page, headKey)) {
                blocks.add(Block.subhead(text));
            } else {
                blocks.add(Block.paragraph(text));
            }
        }
        if (!hasBody(blocks, page.title() != null)) {
            return Optional.empty();
        }
        Provenance source = page.wholeFile() ? page.source().withLines(first, last) : page.source();
        SourceMetadata meta = page.metadata();
        if (date != null && meta.date() == null) {
            meta = meta.withDate(date);
        }
        if (byline != null && meta.author() == null) {
            meta = meta.withAuthor(byline);
        }
        return Optional.of(Article.segmented(ArticleId.of(source, headline), source, headline, lede, blocks,
                List.copyOf(caps.values()), meta));
    }

    /**
     * The first text line that is not a caption; when adjacent headline-like lines follow it with no
     * blank line between, they were teasers above the real headline, which is the last of them.
     */
    private int headlineIndex(List<PageLine> run, PageContext page) {
        int h = -1;
        for (int i = 0; i < run.size(); i++) {
            PageLine l = run.get(i);
            if (l.isText() && captions.caption(l.text(), false).isEmpty()) {
                h = i;
                break;
            }
        }
        while (h >= 0 && h + 1 < run.size()) {
            PageLine cur = run.get(h);
            PageLine next = run.get(h + 1);
            boolean adjacentHeadlines = next.isText() && next.number() == cur.number() + 1
                    && SubheadDetector.isHeadlineLike(cur.text()) && SubheadDetector.isHeadlineLike(next.text())
                    && captionOf(next, page).isEmpty();
            if (!adjacentHeadlines) {
                break;
            }
            h++;
        }
        return h;
    }

    private Optional<Caption> captionOf(PageLine l, PageContext page) {
        return captions.caption(l.text(), page.lineCounts().getOrDefault(l.key(), 0) >= 2);
    }

    private boolean nextTextIsCaption(List<PageLine> run, int j, PageContext page) {
        for (int i = j + 1; i < run.size(); i++) {
            if (run.get(i).isText()) {
                return captionOf(run.get(i), page).isPresent();
            }
        }
        return false;
    }

    private boolean proseFollows(List<PageLine> run, int j, PageContext page, String headKey) {
        for (int i = j + 1; i < run.size(); i++) {
            PageLine l = run.get(i);
            if (l.isText() && !l.key().equals(headKey) && captionOf(l, page).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** An article needs a paragraph; without a source title, one that reads as prose. */
    private static boolean hasBody(List<Block> blocks, boolean titled) {
        return blocks.stream().anyMatch(b -> b.kind() == Block.Kind.PARAGRAPH && (titled
                || LineText.endsWithSentenceMark(b.text()) || WordCount.of(b.text()) >= MIN_PROSE_WORDS));
    }

    /** {@code تاريخ النشر: 22nd, September 2023 GMT} gives {@code 22nd, September 2023 GMT}. */
    static String dateValue(String line) {
        int colon = line.indexOf(':');
        String v = colon < 0 ? line : line.substring(colon + 1);
        return v.strip().isEmpty() ? null : v.strip();
    }
}
