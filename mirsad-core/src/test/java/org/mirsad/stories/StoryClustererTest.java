package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;

class StoryClustererTest {

    private static final String FLOOD = "فيضانات";

    private static Article article(String id, String headline, String... paragraphs) {
        return Article.segmented(id, Provenance.ofFile(id + ".txt", 1 + paragraphs.length), headline, null,
                java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList(), List.of(), null);
    }

    private static final List<Article> FLOODS = List.of(
            article("f1", "فيضانات عارمة تجتاح مدينة درنة الليبية وتشرد الآلاف",
                    "اجتاحت فيضانات عارمة مدينة درنة في شرق ليبيا بعد انهيار سدين إثر العاصفة دانيال.",
                    "وقال مسؤولون في الهلال الأحمر الليبي إن آلاف السكان شردوا من منازلهم في درنة."),
            article("f2", "ارتفاع حصيلة ضحايا فيضانات درنة في ليبيا",
                    "ارتفعت حصيلة ضحايا الفيضانات في مدينة درنة الليبية بعد انهيار السدين خلال العاصفة دانيال.",
                    "وأعلن الهلال الأحمر الليبي أن فرق الإنقاذ تواصل البحث عن المفقودين في درنة."),
            article("f3", "فرق الإنقاذ الدولية تصل إلى درنة المنكوبة بالفيضانات",
                    "وصلت فرق إنقاذ دولية إلى مدينة درنة الليبية التي دمرت الفيضانات أحياء كاملة منها.",
                    "وتبحث الفرق عن ناجين تحت الأنقاض بعد انهيار سدي درنة."));

    private static final List<Article> FINAL = List.of(
            article("m1", "الأهلي يتوج بلقب دوري أبطال أفريقيا بعد فوزه على الترجي",
                    "توج النادي الأهلي المصري بلقب دوري أبطال أفريقيا لكرة القدم بعد فوزه على الترجي التونسي.",
                    "وسجل مهاجم الأهلي هدف الفوز في الدقيقة الثمانين من المباراة النهائية في القاهرة."),
            article("m2", "جماهير الأهلي تحتفل بلقب أبطال أفريقيا في شوارع القاهرة",
                    "احتفلت جماهير النادي الأهلي في شوارع القاهرة بفوز فريقها على الترجي في نهائي دوري أبطال أفريقيا.",
                    "وكان الأهلي قد حسم المباراة النهائية بهدف وحيد."));

    private static Map<String, String> cluster(List<Article> articles) {
        StoryStage stage = new StoryStage();
        Map<String, String> story = new HashMap<>();
        List<Article> placed = new ArrayList<>();
        for (Article a : articles) {
            placed.add(stage.apply(a));
        }
        for (Article a : placed) {
            story.put(a.id(), stage.settle(a).story());
        }
        return story;
    }

    @Test
    void groupsArticlesOfOneStoryAndSeparatesAnother() {
        List<Article> all = new ArrayList<>(FLOODS);
        all.addAll(FINAL);
        Map<String, String> story = cluster(all);
        assertThat(new java.util.HashSet<>(List.of(story.get("f1"), story.get("f2"), story.get("f3")))).hasSize(1);
        assertThat(story.get("m1")).isEqualTo(story.get("m2"));
        assertThat(story.get("m1")).isNotEqualTo(story.get("f1"));
    }

    @Test
    void partitionDoesNotDependOnOrder() {
        List<Article> all = new ArrayList<>(FLOODS);
        all.addAll(FINAL);
        Map<String, String> first = cluster(all);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(all, random);
            Map<String, String> again = cluster(all);
            for (Article a : all) {
                for (Article b : all) {
                    assertThat(again.get(a.id()).equals(again.get(b.id())))
                            .as("%s and %s", a.id(), b.id())
                            .isEqualTo(first.get(a.id()).equals(first.get(b.id())));
                }
            }
        }
    }

    /** Term frequencies for the clusterer: each word once in the headline. */
    private static Map<String, Float> terms(String... words) {
        Map<String, Float> tf = new java.util.LinkedHashMap<>();
        for (String w : words) {
            tf.merge(w, StoryTerms.HEADLINE, Float::sum);
        }
        return tf;
    }

    /** The partition of articles placed in the given order and settled, as sets of ids. */
    private static Set<Set<String>> partition(StoryClusterer c, List<Map.Entry<String, Map<String, Float>>> order) {
        order.forEach(e -> c.place(e.getKey(), 0L, e.getValue(), Set.of(), LocalDate.of(2025, 5, 1)));
        c.settle();
        Map<String, Set<String>> members = new HashMap<>();
        order.forEach(e -> members.computeIfAbsent(c.storyOf(e.getKey()), k -> new java.util.TreeSet<>()).add(e.getKey()));
        return new java.util.HashSet<>(members.values());
    }

    // A ~ B and B ~ C (cosine 1/3 each, above the threshold), A and C share nothing.
    private static final List<Map.Entry<String, Map<String, Float>>> CHAIN = List.of(
            Map.entry("a", terms("a1", "a2", "a3", "a4", "a5", "a6", "a7", "x1", "x2")),
            Map.entry("b", terms("x1", "x2", "y1", "y2")),
            Map.entry("c", terms("y1", "y2", "c1", "c2", "c3", "c4", "c5", "c6", "c7")));

    @Test
    void changesCountsPlacingAndSettlingOnly() {
        StoryClusterer c = new StoryClusterer();
        long start = c.changes();
        Map.Entry<String, Map<String, Float>> a = CHAIN.get(0);
        c.place(a.getKey(), 0L, a.getValue(), Set.of(), LocalDate.of(2025, 5, 1));
        long placed = c.changes();
        assertThat(placed).isGreaterThan(start);
        // Placed again (known): nothing changes; nor does reading.
        c.place(a.getKey(), 0L, a.getValue(), Set.of(), LocalDate.of(2025, 5, 1));
        c.storyOf(a.getKey());
        assertThat(c.changes()).isEqualTo(placed);
        c.settle();
        long settled = c.changes();
        assertThat(settled).isGreaterThan(placed);
        // Nothing left to settle.
        c.settle();
        assertThat(c.changes()).isEqualTo(settled);
    }

    @Test
    void aChainDoesNotMakeOneStoryOfArticlesThatShareNothing() {
        Set<Set<String>> stories = partition(new StoryClusterer(), CHAIN);
        // Cosines of queued articles (a settled one keeps no vector of its own).
        StoryClusterer c = new StoryClusterer();
        CHAIN.forEach(e -> c.place(e.getKey(), 0L, e.getValue(), Set.of(), LocalDate.of(2025, 5, 1)));
        assertThat(c.cosine("a", "b")).isGreaterThan(StoryClusterer.Options.DEFAULT.threshold());
        assertThat(c.cosine("b", "c")).isGreaterThan(StoryClusterer.Options.DEFAULT.threshold());
        assertThat(c.cosine("a", "c")).isZero();
        // Single link would give {a, b, c}; B joins one side, C is not close to what A and B share.
        assertThat(stories).doesNotContain(Set.of("a", "b", "c")).hasSize(2);
        assertThat(stories).anySatisfy(s -> assertThat(s).hasSize(2).contains("b"));
    }

    @Test
    void aChainGivesTheSameStoriesInEveryOrder() {
        Set<Set<String>> first = partition(new StoryClusterer(), CHAIN);
        List<List<Integer>> orders = List.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0),
                List.of(2, 0, 1), List.of(2, 1, 0));
        for (List<Integer> order : orders) {
            Set<Set<String>> again = partition(new StoryClusterer(), order.stream().map(CHAIN::get).toList());
            assertThat(again).as("order %s", order).isEqualTo(first);
        }
    }

    @Test
    void aTermIsOneTermWhicheverStringInstanceBringsIt() {
        // The clusterer finds a term first by its string instance: copies of the same chars must count as it.
        StoryClusterer literal = new StoryClusterer();
        StoryClusterer copies = new StoryClusterer();
        Set<Set<String>> expected = partition(literal, CHAIN);
        List<Map.Entry<String, Map<String, Float>>> copied = new ArrayList<>();
        for (Map.Entry<String, Map<String, Float>> e : CHAIN) {
            Map<String, Float> tf = new java.util.LinkedHashMap<>();
            e.getValue().forEach((term, weight) -> tf.put(new String(term.toCharArray()), weight));
            copied.add(Map.entry(e.getKey(), tf));
        }
        assertThat(partition(copies, copied)).isEqualTo(expected);
        StoryClusterer.Frequencies a = literal.documentFrequencies();
        StoryClusterer.Frequencies b = copies.documentFrequencies();
        assertThat(b.terms()).containsExactly(a.terms());
        assertThat(b.counts()).containsExactly(a.counts());
        // x1, x2, y1 and y2 are in two articles each, under two instances each in the copies
        assertThat(b.counts()[java.util.Arrays.asList(b.terms()).indexOf("x1")]).isEqualTo(2);
    }

    /** Eight words, mostly from one of four topics' vocabularies, some from the next topic's: stories that touch. */
    private static Map<String, Float> overlappingTopics(Random random) {
        int topic = random.nextInt(4);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int from = random.nextInt(10) < 7 ? topic : (topic + 1) % 4;
            words.add("w" + from + "_" + random.nextInt(12));
        }
        return terms(words.toArray(String[]::new));
    }

    @Test
    void manyOverlappingArticlesOverSeveralDaysGiveTheSamePartitionInEveryOrder() {
        // 80 articles drawing words from four overlapping vocabularies over ten days: greedy
        // placement in arrival order would give other stories for other orders.
        Random random = new Random(3);
        List<Object[]> articles = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            articles.add(new Object[]{"a" + i, overlappingTopics(random), LocalDate.of(2025, 5, 1 + random.nextInt(10))});
        }
        Set<Set<String>> first = null;
        for (int round = 0; round < 6; round++) {
            Collections.shuffle(articles, random);
            StoryClusterer c = new StoryClusterer();
            for (Object[] a : articles) {
                @SuppressWarnings("unchecked")
                Map<String, Float> tf = (Map<String, Float>) a[1];
                c.place((String) a[0], 0L, tf, Set.of(), (LocalDate) a[2]);
            }
            c.settle();
            Map<String, Set<String>> members = new HashMap<>();
            articles.forEach(a -> members.computeIfAbsent(c.storyOf((String) a[0]), k -> new java.util.TreeSet<>()).add((String) a[0]));
            Set<Set<String>> partition = new java.util.HashSet<>(members.values());
            if (first == null) {
                first = partition;
                // Neither one story nor all alone: the test has something to get wrong.
                assertThat(partition.size()).isBetween(2, 60);
            }
            assertThat(partition).as("round %d", round).isEqualTo(first);
        }
    }

    @Test
    void partitionDoesNotDependOnTheIdsTheArticlesHappenToHave() {
        // Article ids hash the input file's path: the same crawl ingested from another folder has other
        // ids, and must still give the same stories. Three naming schemes, each ordering the ids differently.
        Random random = new Random(5);
        List<Map<String, Float>> vectors = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            vectors.add(overlappingTopics(random));
            dates.add(LocalDate.of(2025, 5, 1 + random.nextInt(3)));
        }
        Set<Set<Integer>> first = null;
        for (String scheme : List.of("a%02d", "%02dz", "id-%d")) {
            Map<String, Integer> index = new HashMap<>();
            StoryClusterer c = new StoryClusterer();
            for (int i = 0; i < vectors.size(); i++) {
                // A scheme whose id order differs from the others': reversed numbering for the second.
                String id = String.format(scheme, scheme.endsWith("z") ? 79 - i : i * 7 % 80);
                index.put(id, i);
                c.place(id, 0L, vectors.get(i), Set.of(), dates.get(i));
            }
            c.settle();
            Map<String, Set<Integer>> members = new HashMap<>();
            index.forEach((id, i) -> members.computeIfAbsent(c.storyOf(id), k -> new java.util.TreeSet<>()).add(i));
            Set<Set<Integer>> partition = new java.util.HashSet<>(members.values());
            if (first == null) {
                first = partition;
                assertThat(partition.size()).isBetween(2, 60);
            }
            assertThat(partition).as("ids %s", scheme).isEqualTo(first);
        }
    }

    @Test
    void storiesThatTurnOutToBeOneMergeAndTheMergedIdStillResolves() {
        StoryClusterer c = new StoryClusterer();
        LocalDate day = LocalDate.of(2025, 5, 1);
        String quake = c.assign("q", terms("زلزال", "هزة", "ريختر", "مركز"), Set.of(), day);
        String rescue = c.assign("r", terms("انقاذ", "انقاض", "ناجين", "فرق"), Set.of(), day);
        assertThat(quake).isNotEqualTo(rescue);
        // Articles telling both: the story they join moves towards the other until the two are one.
        for (int i = 0; i < 3; i++) {
            c.assign("both" + i, terms("زلزال", "هزة", "ريختر", "مركز", "انقاذ", "انقاض", "ناجين", "فرق"), Set.of(), day);
        }
        String one = c.storyOf("q");
        assertThat(c.storyOf("r")).isEqualTo(one);
        assertThat(c.storyOf("both0")).isEqualTo(one);
        String merged = quake.equals(one) ? rescue : quake;
        assertThat(c.mergedIds()).containsExactly(merged);
        assertThat(c.resolve(merged)).isEqualTo(one);
        // The smallest id survives.
        assertThat(one.compareTo(merged)).isNegative();
    }

    @Test
    void nearDuplicatesLandInOneStoryInEveryOrder() {
        // The copy's own words would put it elsewhere; as a near-duplicate it is reported in its canonical's story.
        Article copy = article("copy", "الأهلي يتوج بلقب أبطال أفريقيا", "نص آخر عن النهائي في القاهرة").withDuplicateOf("f1");
        List<Article> all = new ArrayList<>(FLOODS);
        all.addAll(FINAL);
        all.add(copy);
        Random random = new Random(11);
        for (int round = 0; round < 6; round++) {
            Collections.shuffle(all, random);
            Map<String, String> story = cluster(all);
            assertThat(story.get("copy")).as("order %s", all.stream().map(Article::id).toList()).isEqualTo(story.get("f1"));
        }
    }

    @Test
    void duplicateTakesItsCanonicalsStory() {
        StoryStage stage = new StoryStage();
        String s = stage.apply(FLOODS.get(0)).story();
        Article copy = article("copy", "عنوان آخر تماما", "نص مختلف لا يشبه شيئا").withDuplicateOf("f1");
        assertThat(stage.apply(copy).story()).isEqualTo(s);
    }

    @Test
    void articlesMonthsApartAreSeparateStories() {
        StoryStage stage = new StoryStage();
        Article early = FLOODS.get(0).withDate(new PubDate(LocalDate.of(2023, 9, 12), null, null, 1));
        Article late = FLOODS.get(1).withDate(new PubDate(LocalDate.of(2024, 3, 1), null, null, 1));
        assertThat(stage.apply(early).story()).isNotEqualTo(stage.apply(late).story());
    }

    @Test
    void emptyAndNonArabicArticlesGetAStoryOfTheirOwn() {
        StoryStage stage = new StoryStage();
        String a = stage.apply(article("e", "")).story();
        String b = stage.apply(article("l", "Stocks fall in Tokyo", "Markets dropped sharply.")).story();
        assertThat(a).isNotBlank().isNotEqualTo(b);
    }

    @Test
    void stopWordsLoadAndReportingVerbsCarryNoWeight() {
        assertThat(StopWords.size()).isGreaterThan(700);
        assertThat(StoryTerms.stem("وقال")).isNull();
        assertThat(StoryTerms.of(article("x", FLOOD)).asMap()).containsKey(StoryTerms.stem(FLOOD));
    }
}
