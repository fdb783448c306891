package org.mirsad.store;

import java.util.regex.Pattern;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.text.ArabicNormalizer;

/**
 * The exact-duplicate key of an article: a hash of its headline, lede and body in matching form
 * (ArabicNormalizer, whitespace collapsed), so that two copies differing only in diacritics, alef
 * forms, digits or spacing are one text. Near duplicates are the dedup stage's job.
 */
public final class TextHash {

    /** Compiled once: {@code String.replaceAll} compiled the pattern again for every article. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextHash() {
    }

    public static String of(Article article) {
        String matching = SPACES.matcher(ArabicNormalizer.normalize(article.fullText())).replaceAll(" ").strip();
        return ArticleId.hash(matching);
    }
}
