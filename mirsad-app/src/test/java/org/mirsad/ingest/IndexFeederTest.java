package org.mirsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.index.ArticleIndex;
import org.mirsad.model.Article;
import org.mirsad.model.SourceMetadata;
import org.mirsad.store.Fixtures;

class IndexFeederTest {

    /** Records what reaches the index, in order; fails on a headline that asks it to. */
    static final class RecordingIndex implements ArticleIndex {
        final List<String> added = Collections.synchronizedList(new ArrayList<>());
        /** For each flushBuffer call: the thread, and how many articles had been added by then. */
        final List<String> flushes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void flushBuffer() {
            flushes.add(Thread.currentThread().getId() + " after " + added.size());
        }

        @Override
        public void add(Article article) throws IOException {
            if (article.headline().contains("disk full")) {
                throw new IOException("disk full");
            }
            added.add(article.id() + " " + article.headline());
        }

        @Override
        public void commit() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyArticleReachesTheIndexByFlushAndOneIdKeepsItsOrder() throws IOException {
        RecordingIndex index = new RecordingIndex();
        Article a = Fixtures.article("/a", "خبر أول", "فقرة عن الخبر الأول في المدينة.");
        Article b = Fixtures.article("/b", "خبر ثان", "فقرة عن الخبر الثاني في المدينة.");
        try (IndexFeeder feeder = new IndexFeeder(index, 3)) {
            for (int i = 0; i < 500; i++) {
                feeder.add(i % 2 == 0 ? a : b);
            }
            feeder.add(Article.segmented(a.id(), a.source(), "خبر أول معدل", null, a.blocks(), List.of(), SourceMetadata.NONE));
            feeder.flush();
            assertThat(index.added).hasSize(501);
            List<String> ofA = index.added.stream().filter(s -> s.startsWith(a.id())).toList();
            assertThat(ofA).hasSize(251);
            assertThat(ofA.get(250)).endsWith("خبر أول معدل");
        }
    }

    @Test
    void flushHasEveryLaneWriteItsBufferAfterItsAdds() throws IOException {
        RecordingIndex index = new RecordingIndex();
        Article a = Fixtures.article("/a", "خبر أول", "فقرة عن الخبر الأول في المدينة.");
        try (IndexFeeder feeder = new IndexFeeder(index, 3)) {
            for (int i = 0; i < 300; i++) {
                feeder.add(a.withId("id-" + i));
            }
            feeder.flush();
            assertThat(index.flushes).hasSize(3).allSatisfy(f -> assertThat(f).endsWith(" after 300"));
            assertThat(index.flushes.stream().map(f -> f.split(" ")[0]).distinct()).hasSize(3);
        }
    }

    @Test
    void aFailedAddIsReportedAtTheNextFlush() throws IOException {
        RecordingIndex index = new RecordingIndex();
        try (IndexFeeder feeder = new IndexFeeder(index, 1)) {
            feeder.add(Fixtures.article("/c", "disk full", "فقرة."));
            assertThatThrownBy(feeder::flush).isInstanceOf(IOException.class).hasMessage("disk full");
        }
    }
}
