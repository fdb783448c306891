package org.mirsad.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}: plain text plus match offsets, no markup.
 * A passage longer than {@link #MAX_PASSAGE} (text without sentence ends) is cut to a window
 * around its first match.
 */
final class SnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = " … ";
    static final int MAX_PASSAGE = 300;
    static final int CONTEXT_BEFORE = 120;

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        for (Passage p : passages) {
            int from = p.getStartOffset();
            int to = p.getEndOffset();
            if (to - from > MAX_PASSAGE) {
                int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : from;
                from = Math.max(from, first - CONTEXT_BEFORE);
                to = Math.min(to, from + MAX_PASSAGE);
            }
            if (text.length() > 0) {
                text.append(ELLIPSIS);
            }
            int base = text.length() - from;
            int pos = from;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = Math.max(p.getMatchStarts()[i], pos);
                int end = Math.min(p.getMatchEnds()[i], to);
                if (end <= start) {
                    continue;
                }
                text.append(content, pos, start);
                marks.add(new int[] {base + start, base + end});
                text.append(content, start, end);
                pos = end;
            }
            text.append(content, pos, to);
        }
        return new Snippet(text.toString().isBlank() ? "" : text.toString(), marks);
    }
}
