package org.mirsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Article;

/** The story queries of the store: listing, members, and moving a merged story's articles. */
class StoryStoreTest {

    @TempDir
    Path dir;

    @Test
    void notedStoriesComeBackOnceEachInIdOrderPageByPageUntilCleared() {
        try (Store store = Store.open(dir)) {
            assertThat(store.notedStories(null, 10)).isEmpty();
            store.noteStories(List.of("s-c", "s-a"));
            store.noteStories(List.of("s-b", "s-a", "s-d"));
            store.noteStories(List.of());
            assertThat(store.notedStories(null, 3)).containsExactly("s-a", "s-b", "s-c");
            assertThat(store.notedStories("s-c", 3)).containsExactly("s-d");
            assertThat(store.notedStories("s-d", 3)).isEmpty();
            store.clearNotedStories();
            assertThat(store.notedStories(null, 10)).isEmpty();
        }
    }

    @Test
    void mergedStoryMovesItsArticlesToTheSurvivor() {
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            Article a = Fixtures.article("a.txt", "سيول في الوادي", "أغلقت السيول الطرق.").withStory("s1");
            Article b = Fixtures.article("b.txt", "إجلاء أسر بعد السيول", "أجلى الدفاع المدني الأسر.").withStory("s2");
            Article c = Fixtures.article("c.txt", "خسائر السيول", "بدأ حصر الأضرار.").withStory("s2");
            store.storeRecord(new LedgerKey("a", "1"), List.of(a), run);
            store.storeRecord(new LedgerKey("b", "2"), List.of(b, c), run);
            assertThat(store.stories(10)).extracting(Store.StoryRow::id, Store.StoryRow::articles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("s2", 2), org.assertj.core.groups.Tuple.tuple("s1", 1));

            store.moveStory("s2", "s1");
            assertThat(store.stories(10)).extracting(Store.StoryRow::id, Store.StoryRow::articles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", 3));
            assertThat(store.storyArticleIds("s1", false)).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
            assertThat(store.storyArticleIds("s2", false)).isEmpty();
            assertThat(store.article(b.id()).orElseThrow().story()).isEqualTo("s1");
        }
    }

    @Test
    void summariesWrittenTogetherAreTheSummariesWrittenOneByOne() {
        // s1: one canonical with duplicates from other outlets; s2: three canonicals (the title is the most
        // central one's headline), one of them undated; s3: no stored article (no summary); s4: one undated article.
        List<Article> articles = new java.util.ArrayList<>();
        Article one = Fixtures.article("a.txt", "سيول في الوادي", "أغلقت السيول الطرق في الوادي.").withStory("s1")
                .withOutlet("SPA").withDate(new org.mirsad.model.PubDate(java.time.LocalDate.of(2015, 7, 2), null, null, 1));
        articles.add(one);
        for (int i = 0; i < 12; i++) {
            articles.add(Fixtures.article("d" + i + ".txt", "سيول في الوادي " + i, "نسخة.").withStory("s1")
                    .withOutlet(i % 6 == 0 ? null : "outlet " + i).withDuplicateOf(one.id()));
        }
        articles.add(Fixtures.article("b.txt", "إجلاء أسر بعد السيول في الوادي", "أجلى الدفاع المدني الأسر بعد السيول.")
                .withStory("s2").withOutlet("Okaz")
                .withDate(new org.mirsad.model.PubDate(java.time.LocalDate.of(2015, 7, 3), null, null, 1)));
        articles.add(Fixtures.article("c.txt", "خسائر السيول في الوادي", "بدأ حصر أضرار السيول في الوادي.")
                .withStory("s2").withOutlet("Okaz")
                .withDate(new org.mirsad.model.PubDate(java.time.LocalDate.of(2015, 7, 1), null, null, 1)));
        articles.add(Fixtures.article("e.txt", "السيول تغلق الطرق", "أغلقت السيول الطرق وبدأ حصر الأضرار.")
                .withStory("s2"));
        articles.add(Fixtures.article("f.txt", "مباراة الهلال", "فاز الهلال.").withStory("s4"));
        List<String> stories = List.of("s1", "s2", "s3", "s4");
        List<Store.StoryRow> oneByOne;
        try (Store store = Store.open(dir.resolve("one"))) {
            long run = store.startRun("ingest", List.of(), "dev");
            store.storeRecord(new LedgerKey("x", "1"), articles, run);
            for (String s : stories) {
                StoredStories.refresh(store, s);
            }
            oneByOne = store.stories(10);
        }
        try (Store store = Store.open(dir.resolve("together"))) {
            long run = store.startRun("ingest", List.of(), "dev");
            store.storeRecord(new LedgerKey("x", "1"), articles, run);
            StoredStories.refreshAll(store, stories);
            assertThat(store.stories(10)).isEqualTo(oneByOne);
        }
        assertThat(oneByOne).extracting(Store.StoryRow::id, Store.StoryRow::title, Store.StoryRow::outlets)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s2", "خسائر السيول في الوادي", 1),
                        org.assertj.core.groups.Tuple.tuple("s1", "سيول في الوادي", 10),
                        org.assertj.core.groups.Tuple.tuple("s4", "مباراة الهلال", 0));
    }

    @Test
    void summaryColumnsAreFilledAndEmptiedWhenTheStoryChanges() {
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            Article a = Fixtures.article("a.txt", "سيول في الوادي", "أغلقت السيول الطرق.").withStory("s1");
            store.storeRecord(new LedgerKey("a", "1"), List.of(a), run);
            assertThat(store.stories(10).get(0).title()).isNull();

            StoredStories.refresh(store, "s1");
            Store.StoryRow row = store.stories(10).get(0);
            assertThat(row.title()).isEqualTo("سيول في الوادي");
            assertThat(row.outlets()).isNotNull();

            Article b = Fixtures.article("b.txt", "إجلاء أسر بعد السيول", "أجلى الدفاع المدني الأسر.").withStory("s1");
            store.storeRecord(new LedgerKey("b", "2"), List.of(b), run);
            assertThat(store.stories(10).get(0).title()).as("a new article empties the summary").isNull();
            StoredStories.refresh(store, "s1");
            assertThat(store.stories(10).get(0).title()).isNotNull();

            Article c = Fixtures.article("c.txt", "خسائر السيول", "بدأ حصر الأضرار.").withStory("s2");
            store.storeRecord(new LedgerKey("c", "3"), List.of(c), run);
            store.moveStory("s2", "s1");
            assertThat(store.stories(10)).singleElement().satisfies(r -> {
                assertThat(r.articles()).isEqualTo(3);
                assertThat(r.title()).as("a merge empties the survivor's summary").isNull();
            });
        }
    }

    @Test
    void aStoryLeftEmptyByTheSettledStoriesLosesItsRow() throws Exception {
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ingest", List.of(), "dev");
            Article a = Fixtures.article("a.txt", "سيول في الوادي", "أغلقت السيول الطرق.").withStory("provisional");
            Article b = Fixtures.article("b.txt", "إجلاء أسر بعد السيول", "أجلى الدفاع المدني الأسر.").withStory("provisional");
            store.storeRecord(new LedgerKey("a", "1"), List.of(a, b), run);
            store.updateCorpusFields(a.id(), "final", null);
            assertThat(storyIds(store)).containsExactlyInAnyOrder("provisional", "final");
            store.updateCorpusFields(b.id(), "final", null);
            assertThat(storyIds(store)).containsExactly("final");
        }
    }

    private List<String> storyIds(Store store) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE_FILE));
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT id FROM stories")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
