package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settling in date windows: articles that fall more than the lag behind the newest date are placed for
 * good during the run, quiet stories are let go of, and the saved state is a journal plus a snapshot.
 */
class StoryWindowsTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** An article of the test corpus: id, term frequencies, date. */
    private record Doc(String id, Map<String, Float> terms, LocalDate date) {
    }

    /**
     * 600 articles over 120 days, ten a day on four overlapping vocabularies that drift with the
     * weeks: many stories, some touching, most of them quiet long before the end.
     */
    private static List<Doc> corpus() {
        Random random = new Random(5);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int day = i / 5;
            int topic = random.nextInt(4);
            Map<String, Float> tf = new LinkedHashMap<>();
            for (int w = 0; w < 8; w++) {
                int from = random.nextInt(10) < 7 ? topic : (topic + 1) % 4;
                tf.merge("w" + from + "_" + (day / 7) + "_" + random.nextInt(10), 1f, Float::sum);
            }
            docs.add(new Doc(String.format("%016x", 0x1000L + i * 7919L), tf, START.plusDays(day)));
        }
        return docs;
    }

    private static Set<Set<String>> partition(StoryClusterer c, List<Doc> docs) {
        Map<String, Set<String>> members = new HashMap<>();
        docs.forEach(d -> members.computeIfAbsent(c.storyOf(d.id()), k -> new TreeSet<>()).add(d.id()));
        return new HashSet<>(members.values());
    }

    /** A clusterer that settles in windows once 50 articles wait (50,000 by default). */
    private static StoryClusterer clusterer() {
        StoryClusterer c = new StoryClusterer();
        c.settleWhenQueued = 50;
        return c;
    }

    private static StoryClusterer place(List<Doc> order, int[] mostQueued) {
        StoryClusterer c = clusterer();
        for (Doc d : order) {
            c.place(d.id(), 0L, d.terms(), Set.of(), d.date());
            mostQueued[0] = Math.max(mostQueued[0], c.queuedCount());
        }
        c.settle();
        return c;
    }

    @Test
    void inputOutOfOrderByLessThanTheLagGivesTheStoriesOfTheCanonicalOrder() {
        List<Doc> docs = corpus();
        List<Doc> canonical = new ArrayList<>(docs);
        canonical.sort(Comparator.comparing(Doc::date).thenComparing(Doc::id));
        int[] queued = new int[1];
        StoryClusterer reference = place(canonical, queued);
        Set<Set<String>> expected = partition(reference, docs);
        assertThat(expected.size()).as("neither one story nor all alone").isBetween(20, 500);

        long lag = reference.settleLagDays();
        Random random = new Random(9);
        for (int round = 0; round < 4; round++) {
            // Each article arrives up to lag − 1 days late: out of order, but never by the lag.
            Map<Doc, Long> arrival = new HashMap<>();
            docs.forEach(d -> arrival.put(d, d.date().toEpochDay() * 1000 + random.nextInt((int) (lag - 1) * 1000)));
            List<Doc> order = new ArrayList<>(docs);
            order.sort(Comparator.comparing(arrival::get));
            assertThat(order).isNotEqualTo(canonical);
            int[] mostQueued = new int[1];
            StoryClusterer c = place(order, mostQueued);
            assertThat(partition(c, docs)).as("round %d", round).isEqualTo(expected);
            // The run held a window of articles with their vectors, not all of them.
            assertThat(mostQueued[0]).isLessThan(docs.size() / 2);
        }
    }

    @Test
    void aRunShorterThanTheQueueLimitIsSettledWholeInAnyOrder() {
        List<Doc> docs = corpus();
        Set<Set<String>> expected = null;
        Random random = new Random(13);
        for (int round = 0; round < 3; round++) {
            List<Doc> order = new ArrayList<>(docs);
            java.util.Collections.shuffle(order, random);
            StoryClusterer c = new StoryClusterer();
            int most = 0;
            for (Doc d : order) {
                c.place(d.id(), 0L, d.terms(), Set.of(), d.date());
                most = Math.max(most, c.queuedCount());
            }
            c.settle();
            assertThat(most).isEqualTo(docs.size());
            Set<Set<String>> partition = partition(c, docs);
            if (expected == null) {
                expected = partition;
            }
            assertThat(partition).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void quietStoriesPastTheOnesKeptAreLetGoOfAndTheirArticlesKeepTheirStory(@TempDir Path dir) throws IOException {
        List<Doc> docs = corpus();
        StoryClusterer all = place(docs, new int[1]);
        Set<String> stories = new HashSet<>();
        docs.forEach(d -> stories.add(all.storyOf(d.id())));
        // 120 days, stories of a few days: below the number of quiet stories kept, every story stays.
        assertThat(all.residentCount()).isEqualTo(stories.size());

        StoryClusterer c = clusterer();
        c.keepQuiet = 10;
        for (Doc d : docs) {
            c.place(d.id(), 0L, d.terms(), Set.of(), d.date());
        }
        c.settle();
        // The stories quiet for twice the window before the end, past the ten most recent, are gone.
        assertThat(c.residentCount()).isPositive().isLessThan(stories.size() / 2);
        assertThat(partition(c, docs)).isEqualTo(partition(all, docs));
        // The snapshot holds only the stories kept; the journal still names every article's story.
        StoryStateFile.save(c, StoryStateFile.in(dir));
        StoryClusterer restored = StoryStateFile.load(StoryStateFile.in(dir));
        assertThat(restored.residentCount()).isEqualTo(c.residentCount());
        docs.forEach(d -> assertThat(restored.storyOf(d.id())).isEqualTo(c.storyOf(d.id())));
        assertThat(c.storyOf(docs.get(0).id())).isNotNull().startsWith("s");
        assertThat(c.size()).isEqualTo(docs.size());
    }

    @Test
    void theSameArticlesUnderOtherIdsGiveTheSameStoriesWithTheSameIds() {
        // Article ids hash the input's path: the same crawl read from another folder has other ids but the
        // same copy hashes. Stories break ties by story id (which quiet stories to let go of, the closest of
        // equal stories), so story ids must come from the founders' content, not their ids.
        List<Doc> docs = corpus();
        List<String> stories = new ArrayList<>();
        List<Set<Set<Integer>>> partitions = new ArrayList<>();
        for (long salt : new long[] {0x1000L, 0x7777L}) {
            StoryClusterer c = clusterer();
            c.keepQuiet = 10;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                ids.add(String.format("%016x", salt + i * 104_729L));
                // Every seventh undated: those look up the stories others let go of.
                c.place(ids.get(i), 1 + i, d.terms(), Set.of(), i % 7 == 0 ? null : d.date());
            }
            c.settle();
            Map<String, Set<Integer>> members = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                members.computeIfAbsent(c.storyOf(ids.get(i)), k -> new TreeSet<>()).add(i);
            }
            partitions.add(new HashSet<>(members.values()));
            stories.add(new TreeSet<>(members.keySet()).toString());
        }
        assertThat(partitions.get(1)).isEqualTo(partitions.get(0));
        assertThat(stories.get(1)).isEqualTo(stories.get(0));
    }

    @Test
    void aStoryFoundedByTheSameCopyAsAnEarlierOneGetsAnIdOfItsOwn() {
        // The same record read from two folders into one directory: the same content and copy hash under
        // two ids. Once the first copy's story has been let go of, the second founds another story, whose
        // id must not be the first one's.
        List<Doc> docs = corpus();
        Map<String, Float> own = Map.of("نقابة", 2f, "الصيادين", 2f, "مرفأ", 1f, "الشباك", 1f);
        StoryClusterer c = clusterer();
        c.keepQuiet = 0;
        c.place("0000000000000aaa", 42L, own, Set.of(), START);
        for (Doc d : docs) {
            c.place(d.id(), 0L, d.terms(), Set.of(), d.date());
        }
        c.place("0000000000000bbb", 42L, own, Set.of(), START);
        c.settle();
        String one = c.storyOf("0000000000000aaa");
        String other = c.storyOf("0000000000000bbb");
        assertThat(one).startsWith("s");
        assertThat(other).startsWith("s").isNotEqualTo(one);
        assertThat(c.resolve(other)).isEqualTo(other);
    }

    @Test
    void stateSavedMidRunInJournalAndSnapshotDecidesAsTheStateThatWasNeverSaved(@TempDir Path dir) throws IOException {
        List<Doc> docs = corpus();
        Path file = StoryStateFile.in(dir);
        StoryClusterer saved = clusterer();
        StoryClusterer kept = clusterer();
        for (int i = 0; i < 400; i++) {
            Doc d = docs.get(i);
            saved.place(d.id(), 0L, d.terms(), Set.of(), d.date());
            kept.place(d.id(), 0L, d.terms(), Set.of(), d.date());
            if (i % 100 == 99) {
                // Saved often: the journal is appended to, the snapshot replaced.
                StoryStateFile.save(saved, file);
            }
        }
        // The end of the first run.
        saved.settle();
        kept.settle();
        StoryStateFile.save(saved, file);
        long journalAfterFirstRun = Files.size(file.resolveSibling(StoryStateFile.JOURNAL_NAME));
        StoryClusterer restored = StoryStateFile.load(file);
        assertThat(restored.size()).isEqualTo(400);
        for (int i = 0; i < 400; i++) {
            assertThat(restored.storyOf(docs.get(i).id())).isEqualTo(kept.storyOf(docs.get(i).id()));
        }
        // The next run: a loaded state freezes its weights at the loaded counts; so does the kept one here.
        kept.freezeWeights();
        for (int i = 400; i < docs.size(); i++) {
            Doc d = docs.get(i);
            restored.place(d.id(), 0L, d.terms(), Set.of(), d.date());
            kept.place(d.id(), 0L, d.terms(), Set.of(), d.date());
        }
        restored.settle();
        kept.settle();
        assertThat(partition(restored, docs)).isEqualTo(partition(kept, docs));
        StoryStateFile.save(restored, file);
        assertThat(Files.size(file.resolveSibling(StoryStateFile.JOURNAL_NAME))).isGreaterThan(journalAfterFirstRun);
        StoryClusterer again = StoryStateFile.load(file);
        for (Doc d : docs) {
            assertThat(again.storyOf(d.id())).isEqualTo(restored.storyOf(d.id()));
        }
    }

    @Test
    void journalRecordsACrashLeftPastTheSnapshotAreCutOff(@TempDir Path dir) throws IOException {
        List<Doc> docs = corpus();
        Path file = StoryStateFile.in(dir);
        StoryClusterer c = clusterer();
        for (int i = 0; i < 200; i++) {
            c.place(docs.get(i).id(), 0L, docs.get(i).terms(), Set.of(), docs.get(i).date());
        }
        StoryStateFile.save(c, file);
        Path journal = file.resolveSibling(StoryStateFile.JOURNAL_NAME);
        long length = Files.size(journal);
        // A crash after the journal was appended to and before the snapshot was replaced.
        Files.write(journal, new byte[]{'A', 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 'S', 0}, StandardOpenOption.APPEND);

        StoryClusterer restored = StoryStateFile.load(file);
        assertThat(Files.size(journal)).isEqualTo(length);
        assertThat(restored.size()).isEqualTo(200);
        assertThat(restored.queuedCount()).isEqualTo(c.queuedCount()).isPositive();
        // Settled articles keep their stories, queued ones their provisional stories until the next settle.
        for (int i = 0; i < 200; i++) {
            assertThat(restored.storyOf(docs.get(i).id())).isEqualTo(c.storyOf(docs.get(i).id()));
        }
    }
}
