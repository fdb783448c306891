package org.mirsad.store;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.model.Article;
import org.mirsad.stories.StorySummarizer;
import org.mirsad.stories.StorySummary;

/**
 * Summaries of stored stories: summed up from the stored articles, and kept in the stories table
 * (title, dates, counts) so that a listing does not sum every story up again.
 */
public final class StoredStories {

    private StoredStories() {
    }

    /** The summary of a stored story, or null when no article of the store is in it. */
    public static StorySummary summarize(Store store, String id) {
        List<Article> canonicals = articles(store, store.storyArticleIds(id, false));
        if (canonicals.isEmpty()) {
            return null;
        }
        return StorySummarizer.summarize(id, canonicals, articles(store, store.storyArticleIds(id, true)));
    }

    /** Summarises a story and writes the summary into its row; null when no stored article is in it. */
    public static StorySummary refresh(Store store, String id) {
        StorySummary s = summarize(store, id);
        if (s != null) {
            store.updateStorySummary(id, s.title(), s.firstDate() == null ? null : s.firstDate().toString(),
                    s.lastDate() == null ? null : s.lastDate().toString(), s.articles(), s.outlets().size());
        }
        return s;
    }

    private static List<Article> articles(Store store, List<String> ids) {
        List<Article> out = new ArrayList<>();
        for (String id : ids) {
            store.article(id).ifPresent(out::add);
        }
        return out;
    }
}
