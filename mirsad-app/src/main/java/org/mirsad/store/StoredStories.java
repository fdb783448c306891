package org.mirsad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mirsad.model.Article;
import org.mirsad.model.PubDate;
import org.mirsad.stories.StorySummarizer;
import org.mirsad.stories.StorySummary;

/**
 * Summaries of stored stories: summed up from the stored articles, and kept in the stories table
 * (title, dates, counts) so that a listing does not sum every story up again.
 */
public final class StoredStories {

    /** Canonical articles of several stories read whole at a time by {@link #refreshAll}. */
    private static final int ARTICLES_READ = 500;

    private StoredStories() {
    }

    /** The summary of a stored story, or null when no article of the store is in it. */
    public static StorySummary summarize(Store store, String id) {
        List<Article> canonicals = store.articles(store.storyArticleIds(id, false));
        if (canonicals.isEmpty()) {
            return null;
        }
        return StorySummarizer.summarize(id, canonicals, store.articles(store.storyArticleIds(id, true)));
    }

    /** Summarises a story and writes the summary into its row; null when no stored article is in it. */
    public static StorySummary refresh(Store store, String id) {
        StorySummary s = summarize(store, id);
        if (s != null) {
            store.updateStorySummaries(List.of(row(s)));
        }
        return s;
    }

    /**
     * Writes the summary columns of many stories ({@link #refresh} of each, the same columns), with one query
     * for their members and one transaction for the rows. The columns (title, dates, counts, outlets) read
     * only the members' headline, date and outlet, except the title of a story of several canonical articles,
     * its most central one, which reads their text: only those stories' canonical articles are read whole,
     * at most {@value #ARTICLES_READ} at a time (a story's together), and their summaries are computed in
     * parallel (the index lanes and the pipeline are idle by then). Most stories (about four in five) have one
     * canonical article, whose headline is the title. Only the columns are worked out
     * ({@link StorySummarizer#overview}), not the keywords, entities and timeline of a whole summary.
     */
    public static void refreshAll(Store store, List<String> ids) {
        Map<String, List<Store.StoryMember>> byStory = new LinkedHashMap<>();
        for (Store.StoryMember m : store.storyMembers(ids)) {
            byStory.computeIfAbsent(m.story(), k -> new ArrayList<>()).add(m);
        }
        List<Store.StorySummaryRow> rows = new ArrayList<>();
        List<Members> batch = new ArrayList<>();
        int toRead = 0;
        for (String id : ids) {
            Members story = Members.of(id, byStory.getOrDefault(id, List.of()));
            if (story.canonicalIds().isEmpty()) {
                continue;
            }
            int reads = story.canonicalIds().size() > 1 ? story.canonicalIds().size() : 0;
            if (toRead > 0 && toRead + reads > ARTICLES_READ) {
                rows.addAll(summarize(store, batch));
                batch.clear();
                toRead = 0;
            }
            batch.add(story);
            toRead += reads;
        }
        rows.addAll(summarize(store, batch));
        store.updateStorySummaries(rows);
    }

    /** A story's members as the summary columns read them, canonicals apart. */
    private record Members(String id, List<String> canonicalIds, List<Article> canonicals, List<Article> duplicates) {
        static Members of(String id, List<Store.StoryMember> members) {
            List<String> canonicalIds = new ArrayList<>();
            List<Article> canonicals = new ArrayList<>();
            List<Article> duplicates = new ArrayList<>();
            for (Store.StoryMember m : members) {
                if (m.duplicateOf() == null) {
                    canonicalIds.add(m.id());
                    canonicals.add(headlineOnly(m));
                } else {
                    duplicates.add(headlineOnly(m));
                }
            }
            return new Members(id, canonicalIds, canonicals, duplicates);
        }
    }

    /** The rows of a batch of stories: the several-canonical ones' articles read in one go, then summed up in parallel. */
    private static List<Store.StorySummaryRow> summarize(Store store, List<Members> batch) {
        List<String> read = new ArrayList<>();
        for (Members m : batch) {
            if (m.canonicalIds().size() > 1) {
                read.addAll(m.canonicalIds());
            }
        }
        Map<String, Article> whole = new HashMap<>();
        // Their text, date and outlet only: the columns read nothing else of them.
        for (Article a : store.articleTexts(read)) {
            whole.put(a.id(), a);
        }
        return batch.parallelStream().map(m -> {
            List<Article> canonicals = m.canonicalIds().size() > 1
                    ? m.canonicalIds().stream().map(whole::get).filter(Objects::nonNull).toList()
                    : m.canonicals();
            StorySummarizer.Overview o = StorySummarizer.overview(m.id(), canonicals, m.duplicates());
            return new Store.StorySummaryRow(m.id(), o.title(), day(o.firstDate()), day(o.lastDate()), o.articles(),
                    o.outlets());
        }).toList();
    }

    /**
     * A member with what the summary columns read of it (id, headline, date, outlet, canonical) and no
     * text: not for the summary's keywords or entities, which the columns do not hold.
     */
    private static Article headlineOnly(Store.StoryMember m) {
        PubDate date = m.date() == null ? PubDate.UNKNOWN : new PubDate(Columns.date(m.date()), null, null, 0);
        return new Article(m.id(), null, m.headline(), null, null, null, m.outlet(), date, null, null, null, null,
                m.duplicateOf(), m.story(), null);
    }

    private static Store.StorySummaryRow row(StorySummary s) {
        return new Store.StorySummaryRow(s.id(), s.title(), day(s.firstDate()), day(s.lastDate()), s.articles(),
                s.outlets().size());
    }

    private static String day(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
