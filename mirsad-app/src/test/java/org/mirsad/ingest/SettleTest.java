package org.mirsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.model.Article;
import org.mirsad.pipeline.CorpusStage;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.segment.PageSegmenter;
import org.mirsad.store.Store;

class SettleTest {

    /** Puts every article in story "early-N"; once the run is over, all those stories are one. */
    static final class MergingStories implements CorpusStage {
        private int n;

        @Override
        public String name() {
            return "merging-stories";
        }

        @Override
        public Set<Field> requires() {
            return Set.of(Field.TEXT);
        }

        @Override
        public Set<Field> provides() {
            return Set.of(Field.STORY);
        }

        @Override
        public synchronized Article apply(Article a) {
            return a.withStory("early-" + n++);
        }

        @Override
        public Article settle(Article a) {
            return a.withStory("merged");
        }
    }

    @Test
    void storedArticlesTakeTheCorpusStagesFinalWord(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), Corpus.page(1));
        Path b = Files.writeString(dir.resolve("b.txt"), Corpus.page(2));
        Pipeline pipeline = Pipeline.builder(new PageSegmenter()).stage(new MergingStories()).build();
        Path data = dir.resolve("data");
        try (Store store = Store.open(data); LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            new Ingest(store, index, pipeline, IngestOptions.defaults("test"), IngestListener.SILENT)
                    .run(List.of(a.toString(), b.toString()));
            assertThat(store.counts().indexedArticles()).isEqualTo(2);
        }
        assertThat(ResumeAfterKillTest.scalar(data, "SELECT group_concat(DISTINCT story) FROM articles")).isEqualTo("merged");
        assertThat(ResumeAfterKillTest.scalar(data, "SELECT group_concat(story_id || ':' || article_id) FROM story_articles"
                + " WHERE story_id <> 'merged'")).isNull();
        assertThat(ResumeAfterKillTest.scalar(data, "SELECT count(*) FROM story_articles")).isEqualTo("2");
    }
}
