package org.mirsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.Mirsad;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Rejection;
import org.mirsad.store.RunTotals;
import org.mirsad.store.Store;
import org.mirsad.store.StoreCounts;

class IngestTest {

    @TempDir
    Path dir;

    @Test
    void everyRecordEndsInExactlyOneBucket() throws IOException {
        List<String> inputs = fixtures();
        IngestSummary s = ingest(dir.resolve("data"), inputs, 2);
        RunTotals t = s.totals();
        assertThat(t.addsUp()).isTrue();
        assertThat(t).isEqualTo(new RunTotals(5, 2, 1, 2, 0, t.articlesStored(), t.articlesDuplicate()));
        assertThat(t.articlesStored()).isPositive();
        assertThat(t.articlesDuplicate()).isPositive();
        assertThat(s.rejectedReasons()).containsOnlyKeys("empty file", "no such file or directory");
        assertThat(s.pagesRead()).isEqualTo(3);
        try (Store store = Store.open(dir.resolve("data"))) {
            StoreCounts c = store.counts();
            assertThat(c.articles()).isEqualTo(t.articlesStored() + t.articlesDuplicate());
            assertThat(c.duplicateArticles()).isEqualTo(t.articlesDuplicate());
            assertThat(c.indexedArticles()).isEqualTo(c.articles());
            assertThat(c.ledgerRows()).isEqualTo(5);
        }
        assertThat(LuceneArticleIndex.committedDocs(dir.resolve("data"))).isEqualTo((int) (t.articlesStored()
                + t.articlesDuplicate()));
    }

    @Test
    void reRunStoresNothingNew() throws IOException {
        List<String> inputs = fixtures();
        ingest(dir.resolve("data"), inputs, 2);
        StoreCounts before = counts(dir.resolve("data"));
        IngestSummary again = ingest(dir.resolve("data"), inputs, 2);
        assertThat(again.totals()).isEqualTo(new RunTotals(5, 0, 0, 2, 3, 0, 0));
        assertThat(counts(dir.resolve("data"))).isEqualTo(before);
    }

    @Test
    void theSameFileNamedTwiceIsIngestedOnce() throws IOException {
        String a = fixtures().get(0);
        IngestSummary s = ingest(dir.resolve("data"), List.of(a, a), 2);
        assertThat(s.totals()).isEqualTo(new RunTotals(2, 1, 0, 0, 1, s.totals().articlesStored(), 0));
    }

    @Test
    void outputDoesNotDependOnTheNumberOfThreads() throws Exception {
        List<Path> pages = Corpus.write(dir.resolve("corpus"), 60);
        List<String> inputs = pages.stream().map(Path::toString).toList();
        ingest(dir.resolve("one"), inputs, 1);
        ingest(dir.resolve("four"), inputs, 4);
        String order = "SELECT group_concat(id || ':' || coalesce(duplicate_of, ''), ',') FROM (SELECT * FROM articles ORDER BY rowid)";
        assertThat(ResumeAfterKillTest.scalar(dir.resolve("four"), order))
                .isEqualTo(ResumeAfterKillTest.scalar(dir.resolve("one"), order));
    }

    @Test
    void articleCountsFollowAGroupThatChoseALaterCanonicalMidRun() throws Exception {
        // b.txt is a.txt with one more paragraph: the more complete copy becomes its group's canonical,
        // and the checkpoint after each record demotes a.txt's article while the run is still going.
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        String a = Corpus.page(1)
                + "\nوأوضح البيان أن الجانبين اتفقا على تبادل البيانات الفنية حول منسوب السدود ومواعيد التخزين قبل موسم الصيف.\n"
                + "\nوتشهد المنطقة منذ سنوات خلافات حول تقاسم مياه الأنهار المشتركة، وسط تحذيرات من موجات جفاف متكررة.\n"
                + "\nوكانت جولة سابقة من المحادثات قد انتهت من دون نتائج ملموسة، بحسب مصادر مطلعة على سير المفاوضات.\n";
        Files.writeString(in.resolve("a.txt"), a);
        Files.writeString(in.resolve("b.txt"), a + "\nوأضاف الوزير أن الاجتماع المقبل سيعقد في العاصمة.\n");
        Files.writeString(in.resolve("c.txt"), Corpus.page(2));
        Path data = dir.resolve("data");
        RunTotals t;
        try (Store store = Store.open(data); LuceneArticleIndex index = LuceneArticleIndex.open(data);
             CorpusState state = CorpusState.open(data, store)) {
            t = new Ingest(store, index, state.pipeline(), state,
                    IngestOptions.defaults("test").withThreads(1).withCommitEvery(1), IngestListener.SILENT)
                    .run(List.of(in.resolve("a.txt").toString(), in.resolve("b.txt").toString(),
                            in.resolve("c.txt").toString()))
                    .totals();
        }
        String first = ResumeAfterKillTest.scalar(data, "SELECT duplicate_of IS NOT NULL FROM articles ORDER BY rowid LIMIT 1");
        assertThat(first).as("a.txt's article became a duplicate of b.txt's").isEqualTo("1");
        StoreCounts c = counts(data);
        assertThat(t.articlesDuplicate()).isEqualTo(c.duplicateArticles()).isEqualTo(1);
        assertThat(t.articlesStored()).isEqualTo(c.articles() - c.duplicateArticles()).isEqualTo(2);
    }

    @Test
    void namesEachRejectedRecordToTheListener() throws IOException {
        List<String> rejected = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void rejected(Rejection r) {
                rejected.add(r.source().path() + ": " + r.reason());
            }
        };
        List<String> inputs = fixtures();
        try (Store store = Store.open(dir.resolve("data")); LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("data"))) {
            new Ingest(store, index, Mirsad.pipeline(), IngestOptions.defaults("test"), listener).run(inputs);
        }
        assertThat(rejected).containsExactly(inputs.get(3) + ": empty file", inputs.get(4) + ": no such file or directory");
    }

    @Test
    void groupsReasonsByTheirKind() {
        assertThat(Tally.group("cannot read: Permission denied")).isEqualTo("cannot read");
        assertThat(Tally.group("empty file")).isEqualTo("empty file");
        assertThat(Tally.group("record 2390: no text field (looked for text, content)"))
                .isEqualTo("no text field (looked for text, content)");
        assertThat(Tally.group("line 7, byte 300: invalid UTF-8")).isEqualTo("invalid UTF-8");
        assertThat(Tally.group("record 3:")).isEqualTo("unknown");
        assertThat(Tally.group("")).isEqualTo("unknown");
        assertThat(Tally.group(null)).isEqualTo("unknown");
    }

    @Test
    void countsReasonsMostFrequentFirst() {
        Tally t = new Tally();
        t.rejected("empty file", false);
        t.rejected("binary content", false);
        t.rejected("binary content: NUL bytes", false);
        assertThat(t.reasons()).isEqualTo(Map.of("binary content", 2L, "empty file", 1L));
        assertThat(t.reasons().keySet()).containsExactly("binary content", "empty file");
    }

    /** a.txt, b.txt (a.txt with diacritics: a duplicate), c.txt, empty.txt, and a missing path. */
    private List<String> fixtures() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), Corpus.page(1));
        Files.writeString(in.resolve("b.txt"), Corpus.page(1).replace("الوزير", "الوزيرُ"));
        Files.writeString(in.resolve("c.txt"), Corpus.page(2));
        Files.writeString(in.resolve("empty.txt"), "");
        return List.of(in.resolve("a.txt").toString(), in.resolve("b.txt").toString(), in.resolve("c.txt").toString(),
                in.resolve("empty.txt").toString(), in.resolve("missing.txt").toString());
    }

    static IngestSummary ingest(Path data, List<String> inputs, int threads) throws IOException {
        try (Store store = Store.open(data); LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            return new Ingest(store, index, Mirsad.pipeline(), IngestOptions.defaults("test").withThreads(threads),
                    IngestListener.SILENT).run(inputs);
        }
    }

    private static StoreCounts counts(Path data) {
        try (Store store = Store.open(data)) {
            return store.counts();
        }
    }
}
