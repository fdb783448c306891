package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;

class BoilerplateLearnerTest {

    private static final BoilerplateLearner.Options SMALL = new BoilerplateLearner.Options(10, 0.2, 3, 20, 1000);
    private static final String FOOTER = "للتواصل مع المحرر راسلونا على البريد";

    @Test
    void learnsALineRecurringAcrossAnOutletsPages() {
        BoilerplateLearner learner = new BoilerplateLearner(SMALL);
        for (int i = 0; i < 10; i++) {
            learner.observe("outlet-a", List.of("خبر رقم " + i + " عن الطقس.", FOOTER));
        }
        assertThat(learner.isBoilerplate("outlet-a", FOOTER)).isTrue();
        assertThat(learner.isBoilerplate("outlet-a", "  للتواصل مع  المحرر راسلونا على البريد ")).isTrue();
        assertThat(learner.isBoilerplate("outlet-a", "خبر رقم 3 عن الطقس.")).isFalse();
        assertThat(learner.isBoilerplate("outlet-b", FOOTER)).isFalse();
    }

    @Test
    void decidesNothingBeforeEnoughPages() {
        BoilerplateLearner learner = new BoilerplateLearner(SMALL);
        for (int i = 0; i < 9; i++) {
            learner.observe("outlet-a", List.of(FOOTER));
        }
        assertThat(learner.isBoilerplate("outlet-a", FOOTER)).isFalse();
    }

    @Test
    void ignoresLongLinesAndPagesWithoutOutlet() {
        BoilerplateLearner learner = new BoilerplateLearner(new BoilerplateLearner.Options(1, 0.1, 1, 3, 1000));
        learner.observe("o", List.of("سطر من أربع كلمات", "سطر قصير"));
        learner.observe(null, List.of("سطر قصير"));
        assertThat(learner.isBoilerplate("o", "سطر قصير")).isTrue();
        assertThat(learner.isBoilerplate("o", "سطر من أربع كلمات")).isFalse();
        assertThat(learner.pages("o")).isEqualTo(1);
    }

    @Test
    void savesAndLoadsItsCountsInADirectory(@TempDir Path dir) throws IOException {
        BoilerplateLearner learner = new BoilerplateLearner(SMALL);
        for (int i = 0; i < 12; i++) {
            learner.observe("outlet-a", List.of(FOOTER, "سطر " + i));
        }
        BoilerplateStore store = new FileBoilerplateStore(dir);
        assertThat(store.load()).isEqualTo(BoilerplateStore.Snapshot.EMPTY);
        store.save(learner.snapshot());
        assertThat(dir.resolve(FileBoilerplateStore.FILE_NAME)).exists();

        BoilerplateLearner restored = new BoilerplateLearner(SMALL);
        restored.restore(store.load());
        assertThat(restored.pages("outlet-a")).isEqualTo(12);
        assertThat(restored.isBoilerplate("outlet-a", FOOTER)).isTrue();
        assertThat(restored.snapshot()).isEqualTo(learner.snapshot());
    }

    @Test
    void badStoreFileNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(FileBoilerplateStore.FILE_NAME), "o\t3\t1\tسطر\no\tthree\t1\tسطر\n");
        assertThatThrownBy(() -> new FileBoilerplateStore(dir).load())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(FileBoilerplateStore.FILE_NAME + " line 2: not a number");
    }

    @Test
    void segmenterDropsLearnedBoilerplate() {
        BoilerplateLearner learner = new BoilerplateLearner(SMALL);
        PageSegmenter segmenter = new PageSegmenter(learner);
        var meta = new SourceMetadata("عنوان", null, "outlet-a", null);
        for (int i = 0; i < 11; i++) {
            segmenter.segment(new Page(new Provenance("feed.jsonl", i + 1, i + 1, 0, -1, null, null), Format.TEXT,
                    "فقرة الخبر رقم " + i + " عن الأسواق.\n\n" + FOOTER, meta, List.of()));
        }
        var last = segmenter.segment(new Page(new Provenance("feed.jsonl", 20, 20, 0, -1, null, null), Format.TEXT,
                "فقرة جديدة عن الطقس.\n\n" + FOOTER, meta, List.of()));
        assertThat(last).hasSize(1);
        assertThat(last.get(0).paragraphs()).containsExactly("فقرة جديدة عن الطقس.");
    }
}
