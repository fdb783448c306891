package org.mirsad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.mirsad.dates.DateStage;
import org.mirsad.dedup.DedupStage;
import org.mirsad.model.Article;
import org.mirsad.pipeline.Stage;
import org.mirsad.stories.StoryClusterer;
import org.mirsad.stories.StoryStage;
import org.mirsad.stories.StorySummarizer;
import org.mirsad.stories.StorySummary;

/**
 * Stories over a corpus: dates, duplicates and stories as the pipeline finds them, then what a
 * desk would ask of the result: how many stories, how big, the largest with their titles, whether
 * every near-duplicate pair of the dedup stage landed in one story, and whether a shuffled order of
 * the same articles gives the same partition.
 */
public final class StoryEvaluation {

    /** Size classes of the distribution (canonical articles per story), as lower bounds. */
    static final int[] SIZE_CLASSES = {1, 2, 3, 6, 11, 51, 201};

    public record Result(int articles, int canonical, int stories, Map<String, Integer> sizes,
                         List<StorySummary> largest, long nearDuplicatePairs, long nearDuplicatePairsSplit,
                         boolean sameShuffled, long pairsInStories, long pairsAgreeingShuffled, long storyNanos) {
    }

    /** CPU time of the calling thread: the machine is shared, wall time would count the others' work. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private StoryEvaluation() {
    }

    public static Result run(List<Article> corpus, StoryClusterer.Options options, int largest, long shuffleSeed) {
        List<Article> dated = new ArrayList<>(corpus.size());
        Stage dates = new DateStage();
        for (Article a : corpus) {
            dated.add(dates.apply(a));
        }
        long[] storyNanos = new long[1];
        List<Article> placed = place(dated, options, storyNanos);
        Map<String, Integer> canonicalStory = new HashMap<>();
        Map<String, List<Article>> members = new HashMap<>();
        Map<String, List<Article>> copies = new HashMap<>();
        for (Article a : placed) {
            (a.duplicateOf() == null ? members : copies).computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a);
        }
        Map<String, String> storyOf = new HashMap<>();
        placed.forEach(a -> storyOf.put(a.id(), a.story()));
        // Every member of a duplicate group is a near-duplicate of its canonical: the pairs of a group
        // are in one story exactly when every member is in its canonical's story.
        Map<String, Integer> groupSize = new HashMap<>();
        Map<String, Boolean> groupSplit = new HashMap<>();
        for (Article a : placed) {
            if (a.duplicateOf() != null) {
                groupSize.merge(a.duplicateOf(), 1, Integer::sum);
                if (!a.story().equals(storyOf.get(a.duplicateOf()))) {
                    groupSplit.put(a.duplicateOf(), true);
                }
            }
        }
        long pairs = 0;
        long split = 0;
        for (Map.Entry<String, Integer> g : groupSize.entrySet()) {
            long n = g.getValue() + 1L;
            pairs += n * (n - 1) / 2;
            split += groupSplit.containsKey(g.getKey()) ? n * (n - 1) / 2 : 0;
        }
        Map<String, Integer> sizes = new TreeMap<>((x, y) -> Integer.compare(lower(x), lower(y)));
        members.values().forEach(m -> sizes.merge(sizeClass(m.size()), 1, Integer::sum));
        List<String> bySize = new ArrayList<>(members.keySet());
        bySize.sort((x, y) -> members.get(y).size() != members.get(x).size()
                ? Integer.compare(members.get(y).size(), members.get(x).size()) : x.compareTo(y));
        List<StorySummary> top = new ArrayList<>();
        for (String s : bySize.subList(0, Math.min(largest, bySize.size()))) {
            top.add(StorySummarizer.summarize(s, members.get(s), copies.getOrDefault(s, List.of())));
        }
        List<Article> shuffledInput = new ArrayList<>(dated);
        Collections.shuffle(shuffledInput, new Random(shuffleSeed));
        Map<String, String> shuffledStory = new HashMap<>();
        place(shuffledInput, options, new long[1]).forEach(a -> shuffledStory.put(a.id(), a.story()));
        long[] agreement = agreement(placed, storyOf, shuffledStory);
        int canonical = members.values().stream().mapToInt(List::size).sum();
        return new Result(placed.size(), canonical, members.size(), sizes, top, pairs, split,
                agreement[0] == agreement[1] && agreement[2] == 0, agreement[0], agreement[1], storyNanos[0]);
    }

    /** Dedup and stories over the articles in the given order, then settled; adds the stories stage's CPU time to {@code nanos[0]}. */
    private static List<Article> place(List<Article> articles, StoryClusterer.Options options, long[] nanos) {
        DedupStage dedup = new DedupStage();
        StoryStage stories = new StoryStage(new StoryClusterer(options));
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Article d = dedup.apply(a);
            long t0 = CPU.getCurrentThreadCpuTime();
            out.add(stories.apply(d));
            nanos[0] += CPU.getCurrentThreadCpuTime() - t0;
        }
        for (int i = 0; i < out.size(); i++) {
            Article d = dedup.settle(out.get(i));
            long t0 = CPU.getCurrentThreadCpuTime();
            out.set(i, stories.settle(d));
            nanos[0] += CPU.getCurrentThreadCpuTime() - t0;
        }
        return out;
    }

    /**
     * Pairs of canonical articles in one story in the first partition, how many of them are in one story
     * in the second too, and pairs together in the second but not the first. Counted per story of the
     * first partition by the sizes of its intersections with the second (no pair loop).
     */
    private static long[] agreement(List<Article> placed, Map<String, String> first, Map<String, String> second) {
        Map<String, Map<String, Long>> cells = new HashMap<>();
        Map<String, Long> firstSize = new HashMap<>();
        Map<String, Long> secondSize = new HashMap<>();
        for (Article a : placed) {
            String f = first.get(a.id());
            String s = second.get(a.id());
            cells.computeIfAbsent(f, k -> new HashMap<>()).merge(s, 1L, Long::sum);
            firstSize.merge(f, 1L, Long::sum);
            secondSize.merge(s, 1L, Long::sum);
        }
        long inFirst = firstSize.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long inSecond = secondSize.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long both = cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(n -> n * (n - 1) / 2).sum();
        return new long[]{inFirst, both, inSecond - both};
    }

    private static String sizeClass(int n) {
        for (int i = SIZE_CLASSES.length - 1; i >= 0; i--) {
            if (n >= SIZE_CLASSES[i]) {
                int lo = SIZE_CLASSES[i];
                return i == SIZE_CLASSES.length - 1 ? lo + "+" : lo == SIZE_CLASSES[i + 1] - 1 ? String.valueOf(lo)
                        : lo + "-" + (SIZE_CLASSES[i + 1] - 1);
            }
        }
        throw new IllegalArgumentException("story of " + n + " articles");
    }

    private static int lower(String sizeClass) {
        return Integer.parseInt(sizeClass.split("[-+]")[0]);
    }
}
