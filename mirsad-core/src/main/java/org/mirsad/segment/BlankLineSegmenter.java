package org.mirsad.segment;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.pipeline.Segmenter;

/**
 * The simplest segmenter: a page is one article, its first non-empty line the headline and each
 * further non-empty line a paragraph. A stand-in until the page segmenter lands; kept as the
 * fallback for text with no structure at all.
 */
public final class BlankLineSegmenter implements Segmenter {

    @Override
    public List<Article> segment(Page page) {
        String text = page.format() == Format.HTML ? Jsoup.parse(page.content()).wholeText() : page.content();
        String[] lines = text.split("\\R", -1);
        String headline = null;
        int first = 0;
        int last = 0;
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (headline == null) {
                headline = line;
                first = i + 1;
            } else {
                blocks.add(Block.paragraph(line));
            }
            last = i + 1;
        }
        if (headline == null) {
            return List.of();
        }
        if (page.metadata().title() != null && !page.metadata().title().isBlank()) {
            if (!headline.equals(page.metadata().title().strip())) {
                blocks.add(0, Block.paragraph(headline));
            }
            headline = page.metadata().title().strip();
        }
        // Only a whole text file has lines of its own to narrow to; a record keeps its record's place.
        boolean wholeFile = page.format() == Format.TEXT && page.source().record() == 0 && page.source().offset() < 0;
        var source = wholeFile ? page.source().withLines(first, last) : page.source();
        return List.of(Article.segmented(ArticleId.of(source, headline), source, headline, null, blocks, List.of(),
                page.metadata()));
    }
}
