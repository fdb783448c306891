package org.mirsad.store;

import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.text.ArabicNormalizer;

/**
 * The exact-duplicate key of an article: a hash of its headline, lede and body in matching form
 * (ArabicNormalizer, whitespace collapsed), so that two copies differing only in diacritics, alef
 * forms, digits or spacing are one text. Near duplicates are the dedup stage's job.
 */
public final class TextHash {

    private TextHash() {
    }

    public static String of(Article article) {
        return ArticleId.hash(matching(ArabicNormalizer.normalize(article.fullText())));
    }

    /**
     * The text with each run of regex {@code \s} (space, tab, line feed, vertical tab, form feed, carriage
     * return) as one space, then {@link String#strip}ped: what {@code Pattern.compile("\\s+").matcher(text)
     * .replaceAll(" ").strip()} gives, in one pass (the regex was a quarter of the hash's time, which was
     * half of storing a record on the ingest's calling thread).
     */
    static String matching(String text) {
        // Collapsed in place in a copy of the characters: a StringBuilder of Arabic text (UTF-16) checked its
        // capacity and coder for every character appended.
        char[] chars = text.toCharArray();
        int n = 0;
        boolean inRun = false;
        for (char c : chars) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inRun) {
                    chars[n++] = ' ';
                    inRun = true;
                }
            } else {
                chars[n++] = c;
                inRun = false;
            }
        }
        return new String(chars, 0, n).strip();
    }
}
