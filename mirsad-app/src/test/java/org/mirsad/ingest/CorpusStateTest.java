package org.mirsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Article;
import org.mirsad.store.Store;

/** Near-duplicates are found across ingest runs: the dedup index lives in the data directory. */
class CorpusStateTest {

    private static final String PAGE = """
            الحكومة تقر خطة لإصلاح شبكات المياه في المدن الكبرى

            أقرت الحكومة، اليوم (الأحد)، خطة من ثلاث مراحل لإصلاح شبكات المياه المتهالكة في المدن الكبرى، بعد شكاوى متكررة من انقطاع المياه طوال الصيف الماضي.

            وقال وزير المياه في مؤتمر صحافي إن المرحلة الأولى تبدأ الشهر المقبل وتشمل استبدال الأنابيب القديمة في الأحياء الأكثر تضرراً، على أن تنتهي خلال عام.

            وأضاف الوزير أن تمويل الخطة يأتي من موازنة الدولة ومن قرض ميسر، موضحاً أن الحكومة ستنشر تقارير شهرية عن سير العمل في كل مدينة.

            ورحب نواب في البرلمان بالخطة، لكنهم طالبوا بجدول زمني ملزم ومحاسبة الشركات المنفذة عند أي تأخير في التسليم.
            """;

    @TempDir
    Path dir;

    @Test
    void aNearDuplicateInALaterRunJoinsTheEarlierArticlesGroup() throws IOException {
        Path first = dir.resolve("in/first.txt");
        Path second = dir.resolve("in/second.txt");
        Files.createDirectories(first.getParent());
        Files.writeString(first, PAGE);
        // Another outlet's copy: a new headline and one changed word in the body.
        Files.writeString(second, PAGE.replace("الحكومة تقر خطة لإصلاح", "خطة حكومية لإصلاح")
                .replace("المتهالكة", "القديمة"));
        Path data = dir.resolve("data");
        long run1 = ingest(data, first);
        long run2 = ingest(data, second);
        try (Store store = Store.open(data)) {
            List<Article> stored = List.of(onlyArticleOf(store, run1), onlyArticleOf(store, run2));
            // One group, one canonical, chosen by the dedup rule (both undated, as long: the smaller text
            // hash), so the later run's copy may become the canonical and the earlier article its duplicate.
            Article older = stored.get(0);
            Article newer = stored.get(1);
            Article canonical = older.duplicateOf() == null ? older : newer;
            Article copy = canonical == older ? newer : older;
            assertThat(canonical.duplicateOf()).isNull();
            assertThat(copy.duplicateOf()).isEqualTo(canonical.id());
        }
        assertThat(Files.exists(data.resolve("dedup"))).isTrue();
    }

    private static long ingest(Path data, Path file) throws IOException {
        try (Store store = Store.open(data); LuceneArticleIndex index = LuceneArticleIndex.open(data);
             CorpusState corpus = CorpusState.open(data, store)) {
            return new Ingest(store, index, corpus.pipeline(), corpus, IngestOptions.defaults("test"),
                    IngestListener.SILENT).run(List.of(file.toString())).runId();
        }
    }

    private static Article onlyArticleOf(Store store, long run) {
        List<Store.RowId> rows = store.articlesOfRun(run, 0, 10);
        assertThat(rows).hasSize(1);
        return store.article(rows.get(0).id()).orElseThrow();
    }
}
