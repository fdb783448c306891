package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryStateFileTest {

    @TempDir
    Path dir;

    private static Map<String, Float> terms(String... words) {
        Map<String, Float> tf = new LinkedHashMap<>();
        for (String w : words) {
            tf.merge(w, 3f, Float::sum);
        }
        return tf;
    }

    private static final LocalDate DAY = LocalDate.of(2025, 3, 6);

    @Test
    void articleOfTheNextRunJoinsAStoryOfTheFirst() throws IOException {
        StoryClusterer first = new StoryClusterer();
        String floods = first.assign("a1", terms("سيول", "الوادي", "اجلاء", "اسر"), Set.of("LOC:wadi"), DAY);
        String oil = first.assign("a2", terms("اوبك", "انتاج", "برميل", "خفض"), Set.of(), DAY);
        Path file = StoryStateFile.in(dir);
        StoryStateFile.save(first, file);

        StoryClusterer second = StoryStateFile.load(file);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.storyOf("a1")).isEqualTo(floods);
        String next = second.assign("b1", terms("سيول", "الوادي", "اجلاء", "طرق"), Set.of("LOC:wadi"), DAY.plusDays(1));
        assertThat(next).isEqualTo(floods).isNotEqualTo(oil);
    }

    @Test
    void documentFrequenciesSavedAgainAfterNewTermsAreTheWholeCountsInTermOrder() throws IOException {
        // Each save sorts only the terms met since the last one: saved, then new and old terms, then saved again.
        StoryClusterer saved = new StoryClusterer();
        StoryClusterer never = new StoryClusterer();
        Path file = StoryStateFile.in(dir);
        List<List<Map<String, Float>>> rounds = List.of(
                List.of(terms("سيول", "الوادي", "اجلاء"), terms("اوبك", "انتاج", "سيول")),
                List.of(terms("برميل", "الوادي", "خفض"), terms("ابل", "اوبك", "زيت")),
                List.of(terms("اجلاء", "ابل")));
        int n = 0;
        for (List<Map<String, Float>> round : rounds) {
            for (Map<String, Float> tf : round) {
                saved.place("a" + n, 0L, tf, Set.of(), DAY);
                never.place("a" + n++, 0L, tf, Set.of(), DAY);
            }
            StoryStateFile.save(saved, file);
        }
        StoryClusterer.Frequencies loaded = StoryStateFile.load(file).documentFrequencies();
        StoryClusterer.Frequencies expected = never.documentFrequencies();
        assertThat(loaded.terms()).containsExactly(expected.terms())
                .containsExactly("ابل", "اجلاء", "الوادي", "انتاج", "اوبك", "برميل", "خفض", "زيت", "سيول");
        assertThat(loaded.counts()).containsExactly(expected.counts()).containsExactly(2, 2, 2, 1, 2, 1, 1, 1, 2);
    }

    @Test
    void restoredStateDecidesExactlyAsTheStateThatWasNeverSaved() throws IOException {
        StoryClusterer kept = new StoryClusterer();
        List<Map<String, Float>> day1 = List.of(terms("هدنة", "الريحان", "سهل"), terms("قمة", "مسقط", "مياه"),
                terms("نهائي", "كاس", "الساحل"));
        for (int i = 0; i < day1.size(); i++) {
            kept.assign("d1-" + i, day1.get(i), Set.of(), DAY);
        }
        Path file = dir.resolve("stories").resolve(StoryStateFile.FILE_NAME);
        StoryStateFile.save(kept, file);
        StoryClusterer restored = StoryStateFile.load(file);
        List<Map<String, Float>> day2 = List.of(terms("هدنة", "الريحان", "خرق"), terms("مسقط", "مياه", "سدود"),
                terms("بورصة", "اسهم", "تداول"));
        for (int i = 0; i < day2.size(); i++) {
            assertThat(restored.assign("d2-" + i, day2.get(i), Set.of(), DAY.plusDays(1)))
                    .isEqualTo(kept.assign("d2-" + i, day2.get(i), Set.of(), DAY.plusDays(1)));
        }
    }

    @Test
    void mergedStoryIdsStayResolvableAfterARestart() throws IOException {
        StoryClusterer c = new StoryClusterer();
        String x = c.assign("x", terms("alpha", "bravo", "charlie"), Set.of(), null);
        String y = c.assign("y", terms("delta", "echo", "foxtrot"), Set.of(), null);
        assertThat(x).isNotEqualTo(y);
        // Articles telling both: the story they join moves towards the other until the two are one.
        for (int i = 0; i < 3; i++) {
            c.assign("xy" + i, terms("alpha", "bravo", "charlie", "delta", "echo", "foxtrot"), Set.of(), null);
        }
        String merged = c.storyOf("xy0");
        assertThat(c.mergedIds()).containsAnyOf(x, y);
        Path file = StoryStateFile.in(dir);
        StoryStateFile.save(c, file);

        // Resolved from the journal alone, as `mirsad story OLD_ID` does.
        assertThat(StoryStateFile.resolve(file, x)).isEqualTo(merged);
        assertThat(StoryStateFile.resolve(file, y)).isEqualTo(merged);
        assertThat(StoryStateFile.resolve(file, "s-unknown")).isEqualTo("s-unknown");
        StoryClusterer restored = StoryStateFile.load(file);
        assertThat(restored.resolve(x)).isEqualTo(merged);
        assertThat(restored.resolve(y)).isEqualTo(merged);
        assertThat(restored.storyOf("x")).isEqualTo(restored.storyOf("y")).isEqualTo(merged);
    }

    @Test
    void articlesQueuedWhenTheStateWasSavedArePlacedAtTheNextSettle() throws IOException {
        StoryClusterer c = new StoryClusterer();
        String floods = c.assign("a1", terms("سيول", "الوادي", "اجلاء", "اسر"), Set.of(), DAY);
        c.place("a2", 0L, terms("سيول", "الوادي", "اجلاء", "طرق"), Set.of(), DAY);
        Path file = StoryStateFile.in(dir);
        StoryStateFile.save(c, file);

        StoryClusterer restored = StoryStateFile.load(file);
        restored.settle();
        assertThat(restored.storyOf("a2")).isEqualTo(floods);
        assertThat(restored.size()).isEqualTo(2);
    }

    @Test
    void queuedArticlesKeepTheirCopyHashesAcrossASave() throws IOException {
        // Two exact copies wait to be settled: the copy hash, not the id, says which founds their story
        // (and so its id); a restored state must decide as the one never saved.
        StoryClusterer kept = new StoryClusterer();
        StoryClusterer saved = new StoryClusterer();
        for (StoryClusterer c : List.of(kept, saved)) {
            c.place("a-copy", 9L, terms("سيول", "الوادي", "اجلاء", "طرق"), Set.of(), DAY);
            c.place("b-copy", 3L, terms("سيول", "الوادي", "اجلاء", "طرق"), Set.of(), DAY);
        }
        Path file = StoryStateFile.in(dir);
        StoryStateFile.save(saved, file);
        StoryClusterer restored = StoryStateFile.load(file);
        kept.settle();
        restored.settle();
        assertThat(restored.storyOf("a-copy")).isEqualTo(restored.storyOf("b-copy"))
                .isEqualTo(kept.storyOf("a-copy"));
    }

    @Test
    void articlePlacedTwiceKeepsItsStory() {
        StoryClusterer c = new StoryClusterer();
        String s = c.assign("a", terms("سيول", "الوادي", "اجلاء"), Set.of(), DAY);
        assertThat(c.assign("a", terms("قمة", "مسقط"), Set.of(), DAY)).isEqualTo(s);
        assertThat(c.size()).isEqualTo(1);
    }

    @Test
    void noFileGivesAnEmptyClusterer() throws IOException {
        assertThat(StoryStateFile.load(dir.resolve("absent.bin")).size()).isZero();
    }

    @Test
    void damagedFileIsReportedByName() throws IOException {
        Path file = dir.resolve("clusterer.bin");
        Files.writeString(file, "not a state file");
        assertThatThrownBy(() -> StoryStateFile.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
        StoryClusterer c = new StoryClusterer();
        c.assign("a", terms("سيول", "الوادي"), Set.of(), DAY);
        StoryStateFile.save(c, file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> StoryStateFile.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }
}
