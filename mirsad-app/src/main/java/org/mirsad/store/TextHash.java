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
        String matching = ArabicNormalizer.normalize(article.fullText()).replaceAll("\\s+", " ").strip();
        return ArticleId.hash(matching);
    }
}
