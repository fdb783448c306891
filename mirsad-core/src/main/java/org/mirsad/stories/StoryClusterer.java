package org.mirsad.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.model.ArticleId;

/**
 * Incremental story detection in the manner of topic detection and tracking, with a link rule a
 * chain cannot satisfy: an article joins the story whose centroid (the sum of its members' unit
 * term vectors) it is close enough to, not a story one of whose members it resembles. Three
 * articles A ~ B ~ C where A and C share nothing are not one story: C is compared with what A and
 * B have in common, and half of that is A. When an article joins a story, that story merges with
 * each other story the article was close to whose mean similarity of pairs of members (average
 * link, exact from the two sums) with it reaches the merge threshold; the smallest id survives and the merged id stays resolvable ({@link #resolve}).
 *
 * <p>Order independence: where an article goes depends on the stories before it, so the articles
 * of a run are placed in one canonical order, by date (undated last) then id, whatever order they
 * arrived in. {@link #place} answers at once with a provisional story (the closest story of earlier
 * runs, or a new one) and queues the article; {@link #settle} places the queued articles in the
 * canonical order, and only then are the stories final. The term weights are frozen while a run is
 * placed ({@link #freezeWeights}), so the same articles in any order give the same stories.
 *
 * <p>Closeness: the cosine of the article's tf-idf vector over light stems with the story's
 * centroid, raised by shared named entities (never lowered), × exp(−days between the article and
 * the story's date / decayDays), where a story's date is the mean of its members' dates: a story fed
 * every day still ages, so it stays one happening rather than a whole topic, and a story quiet for
 * longer than {@link #windowDays()} cannot take a dated article at all.
 *
 * <p>Cost: each article's vector is computed once (term ids ascending, unit length); candidates are
 * the open stories sharing at least {@code minSharedTerms} of its strongest terms through a term
 * index over stories, whose entries for merged and closed stories leave the index as they are met.
 * Memory is a fixed-size fingerprint per article and a bounded centroid per story ({@link Story}).
 */
public final class StoryClusterer {

    /** Strongest terms of an article that are looked up in the term index, and that it adds to it. */
    static final int INDEX_TERMS = 20;

    /**
     * @param termsPerArticle the strongest terms kept per article (its fingerprint)
     * @param threshold       similarity to a story's centroid from which an article joins it
     * @param termWeight      share of the term cosine in the similarity; the rest is entity overlap
     * @param decayDays       time constant of the decay: similarity × exp(-days apart / decayDays)
     * @param minSharedTerms  strongest terms an article must share with a story to be compared at all
     * @param mergeThreshold  mean similarity of the pairs of members of two stories (average link)
     *                        from which they are one story
     */
    public record Options(int termsPerArticle, double threshold, double termWeight, double decayDays,
                          int minSharedTerms, double mergeThreshold) {

        public static final Options DEFAULT = new Options(40, 0.25, 0.7, 10, 2, 0.25);
    }

    // Package-private for StoryStateFile, which saves and restores exactly this state.
    final Options options;
    final Map<String, Integer> documentFrequency = new HashMap<>();
    int documents;
    /** Every placed article, in placing order. */
    final List<PlacedArticle> articles = new ArrayList<>();
    /** The story each article went into (as it was then: follow {@link #mergedInto}), provisional while queued. */
    final List<String> storyOfArticle = new ArrayList<>();
    /** Articles placed provisionally, waiting for {@link #settle} (indexes into {@link #articles}). */
    final List<Integer> queued = new ArrayList<>();
    /** A merged story's id → the story it merged into. */
    final Map<String, String> mergedInto = new HashMap<>();

    private final Map<String, Integer> articleIndex = new HashMap<>();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<String> termNames = new ArrayList<>();
    private final List<Story> stories = new ArrayList<>();
    private final Map<String, Story> storyById = new HashMap<>();
    /** Term id → indexes of the open stories listing it. */
    private final List<IntList> postings = new ArrayList<>();
    /**
     * Term id → indexes of the closed stories listing it (moved out of {@link #postings} as they are
     * met): only an undated article, which no decay keeps from them, looks them up.
     */
    private final List<IntList> closedPostings = new ArrayList<>();
    private int[] seen = new int[1024];
    private int[] shared = new int[1024];
    private int stamp;
    /** The latest date of the settled articles: stories quiet for a window before it are closed. */
    private LocalDate latest;

    /**
     * The corpus frequencies the weights use: those of the state as it was opened, frozen while
     * articles are placed. Were they the running counts, whether an article is close to a story
     * would depend on which articles came before it.
     */
    private Map<String, Integer> weightFrequency = Map.of();
    private int weightDocuments;
    private final Map<String, Double> idf = new HashMap<>();

    public StoryClusterer() {
        this(Options.DEFAULT);
    }

    public StoryClusterer(Options options) {
        this.options = options;
    }

    /** Takes the corpus frequencies counted so far as the weights of the articles placed from now on. */
    synchronized void freezeWeights() {
        weightFrequency = Map.copyOf(documentFrequency);
        weightDocuments = documents;
        idf.clear();
    }

    /**
     * Days between an article and a story's span past which the decayed similarity cannot reach
     * either threshold, however alike they are: the story is closed for that article.
     */
    double windowDays() {
        return options.decayDays() * Math.log(1 / Math.min(options.threshold(), options.mergeThreshold()));
    }

    /**
     * Places one article and settles it at once (a run of one article); returns its story.
     *
     * @see #place
     */
    public synchronized String assign(String articleId, Map<String, Float> termFrequencies, Set<String> entities,
                                      LocalDate date) {
        place(articleId, termFrequencies, entities, date);
        settle();
        return storyOf(articleId);
    }

    /**
     * Queues one article and returns its provisional story: the closest story of the settled ones,
     * or a new story. {@link #settle} gives the final one.
     *
     * @param articleId       the article's id (its story is new when nothing is close)
     * @param termFrequencies its place-weighted term frequencies
     * @param entities        its entity ids
     * @param date            its date or null
     */
    public synchronized String place(String articleId, Map<String, Float> termFrequencies, Set<String> entities,
                                     LocalDate date) {
        String known = storyOf(articleId);
        if (known != null) {
            // Placed before (an earlier run, or the same article read twice): it keeps its story.
            return known;
        }
        documents++;
        termFrequencies.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        PlacedArticle a = vector(fingerprint(articleId, termFrequencies, entities, date));
        Story best = null;
        double bestSimilarity = 0;
        for (Story s : candidates(a)) {
            double sim = similarity(a, s);
            if (sim >= options.threshold() && (best == null || sim > bestSimilarity
                    || sim == bestSimilarity && s.id.compareTo(best.id) < 0)) {
                best = s;
                bestSimilarity = sim;
            }
        }
        int index = remember(a, best != null ? best.id : newStoryId(articleId));
        queued.add(index);
        return storyOfArticle.get(index);
    }

    /**
     * Places the queued articles for good, in the canonical order (date, undated last, then id), so
     * that the stories do not depend on the order the articles arrived in.
     */
    public synchronized void settle() {
        if (queued.isEmpty()) {
            return;
        }
        List<Integer> order = new ArrayList<>(queued);
        order.sort(Comparator.comparing((Integer i) -> articles.get(i).fingerprint().date(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> articles.get(i).fingerprint().articleId()));
        for (int i : order) {
            // In date order, a story quiet for a window before this article cannot take it or any
            // later dated one: it is closed (undated articles, last, still look closed stories up).
            LocalDate d = articles.get(i).fingerprint().date();
            latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
            storyOfArticle.set(i, join(articles.get(i)).id);
            articles.set(i, articles.get(i).settled());
        }
        queued.clear();
    }

    /** Puts an article in the closest story (or a new one), then merges the stories that came close. */
    private Story join(PlacedArticle a) {
        Story story = null;
        double best = 0;
        List<Story> near = new ArrayList<>();
        for (Story s : candidates(a)) {
            double sim = similarity(a, s);
            if (sim >= Math.min(options.threshold(), options.mergeThreshold())) {
                near.add(s);
            }
            if (sim >= options.threshold() && (story == null || sim > best || sim == best && s.id.compareTo(story.id) < 0)) {
                story = s;
                best = sim;
            }
        }
        if (story == null) {
            story = newStory(newStoryId(a.fingerprint().articleId()));
        }
        story.add(a, termNames);
        index(story, a);
        // The story moved towards the article: the other stories the article was close to may now
        // be one with it. Only those: a story the article was far from gained nothing from it.
        for (boolean merged = true; merged; ) {
            merged = false;
            for (Story other : near) {
                Story s = live(other);
                if (s != story && storySimilarity(story, s) >= options.mergeThreshold()) {
                    story = merge(story, s);
                    merged = true;
                }
            }
        }
        return story;
    }

    private Story merge(Story a, Story b) {
        // The smallest id survives, so the surviving id does not depend on the order of the merges.
        Story into = a.id.compareTo(b.id) < 0 ? a : b;
        Story from = into == a ? b : a;
        into.absorb(from, termNames);
        from.survivor = into.index;
        mergedInto.put(from.id, into.id);
        // The survivor takes the merged story's entries in the term index (by term, not id: ids
        // follow arrival order), so the merged story's own entries can go.
        from.indexed.stream().sorted(Comparator.comparing(termNames::get)).forEach(t -> indexTerm(into, t));
        return into;
    }

    private Story newStory(String id) {
        Story s = new Story(id, stories.size());
        stories.add(s);
        storyById.put(id, s);
        return s;
    }

    private static String newStoryId(String articleId) {
        return "s" + ArticleId.hash("story:" + articleId);
    }

    private void index(Story s, PlacedArticle a) {
        for (int t : a.query()) {
            indexTerm(s, t);
        }
    }

    private void indexTerm(Story s, int term) {
        if (s.indexed.size() < Story.MAX_INDEXED_TERMS && s.indexed.add(term)) {
            postings.get(term).add(s.index);
        }
    }

    /** The live story a story merged into (itself while it lives). */
    private Story live(Story s) {
        Story root = s;
        while (!root.alive()) {
            root = stories.get(root.survivor);
        }
        for (Story x = s; x != root; ) {
            Story next = stories.get(x.survivor);
            x.survivor = root.index;
            x = next;
        }
        return root;
    }

    /**
     * The live stories sharing at least {@code minSharedTerms} of the article's strongest terms and
     * not out of its reach (the decayed similarity could not reach the threshold), in index order.
     * Entries of merged stories and of stories closed (quiet for a window before the latest settled
     * date) are dropped as they are met.
     */
    private List<Story> candidates(PlacedArticle a) {
        if (seen.length < stories.size()) {
            seen = Arrays.copyOf(seen, Math.max(stories.size(), seen.length * 2));
            shared = Arrays.copyOf(shared, seen.length);
        }
        stamp++;
        LocalDate date = a.fingerprint().date();
        double window = windowDays();
        LocalDate closedBefore = latest == null ? null : latest.minusDays((long) Math.ceil(window));
        List<Story> out = new ArrayList<>();
        for (int t : a.query()) {
            IntList list = postings.get(t);
            int kept = 0;
            for (int k = 0; k < list.size; k++) {
                Story s = stories.get(list.data[k]);
                if (!s.alive()) {
                    continue; // dropped: the survivor has its own entry
                }
                if (closedBefore != null && s.last != null && s.last.isBefore(closedBefore)) {
                    closedPostings.get(t).add(s.index);
                    continue;
                }
                list.data[kept++] = s.index;
                count(s, date, window, out);
            }
            list.size = kept;
            if (date == null) {
                IntList closed = closedPostings.get(t);
                for (int k = 0; k < closed.size; k++) {
                    count(live(stories.get(closed.data[k])), null, window, out);
                }
            }
        }
        out.sort(Comparator.comparingInt(s -> s.index));
        return out;
    }

    /** Counts one more shared term for a story; adds it to the candidates when it reaches the minimum. */
    private void count(Story s, LocalDate date, double window, List<Story> out) {
        if (date != null && s.daysFrom(date) > window) {
            return;
        }
        if (seen[s.index] != stamp) {
            seen[s.index] = stamp;
            shared[s.index] = 0;
        }
        if (++shared[s.index] == options.minSharedTerms()) {
            out.add(s);
        }
    }

    /** How close an article is to a story, 0..1 (centroid cosine and entity overlap, decayed by time apart). */
    private double similarity(PlacedArticle a, Story s) {
        return decayed(mix(s.cosine(a.termIds(), a.unit()), s.entityCosine(a.fingerprint().entities())),
                s.daysFrom(a.fingerprint().date()));
    }

    private double storySimilarity(Story a, Story b) {
        return decayed(mix(a.averageLink(b), a.entityCosine(b)), a.daysFrom(b));
    }

    /**
     * Term cosine and entity overlap together. Shared entities can only add: two reports of one
     * happening often name different people, and the recogniser misses some, so entities that
     * differ say little against words that agree.
     */
    private double mix(double cos, double entities) {
        return entities < 0 ? cos : Math.max(cos, options.termWeight() * cos + (1 - options.termWeight()) * entities);
    }

    private double decayed(double sim, double days) {
        return days <= 0 ? sim : sim * Math.exp(-days / options.decayDays());
    }

    /** Adds a placed article to the state (also when the state is read back from its file). */
    int remember(PlacedArticle a, String story) {
        int index = articles.size();
        articles.add(a);
        storyOfArticle.add(story);
        articleIndex.put(a.fingerprint().articleId(), index);
        return index;
    }

    /**
     * Rebuilds what is derived from the saved state (read back by {@link StoryStateFile}): freezes the
     * weights at the loaded counts, computes every article's vector under them, and the settled
     * stories' centroids from their members in the canonical order.
     */
    void rebuild() {
        freezeWeights();
        List<Integer> settled = new ArrayList<>();
        Set<Integer> waiting = new java.util.HashSet<>(queued);
        for (int i = 0; i < articles.size(); i++) {
            articles.set(i, vector(articles.get(i).fingerprint()));
            if (!waiting.contains(i)) {
                settled.add(i);
            }
        }
        settled.sort(Comparator.comparing((Integer i) -> articles.get(i).fingerprint().date(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> articles.get(i).fingerprint().articleId()));
        for (int i : settled) {
            PlacedArticle a = articles.get(i);
            String id = resolve(storyOfArticle.get(i));
            Story s = storyById.get(id);
            if (s == null) {
                s = newStory(id);
            }
            s.add(a, termNames);
            index(s, a);
            articles.set(i, a.settled());
            LocalDate d = a.fingerprint().date();
            latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
        }
    }

    /** The current story of an article placed before (provisional while queued), or null when never placed. */
    public synchronized String storyOf(String articleId) {
        Integer i = articleIndex.get(articleId);
        return i == null ? null : resolve(storyOfArticle.get(i));
    }

    /** The ids of every story that merged into another. */
    public synchronized Set<String> mergedIds() {
        return Set.copyOf(mergedInto.keySet());
    }

    /** How many articles were placed. */
    public synchronized int size() {
        return articles.size();
    }

    /** The current id of a story, following merges. */
    public synchronized String resolve(String storyId) {
        String s = storyId;
        for (String next; (next = mergedInto.get(s)) != null; ) {
            s = next;
        }
        return s;
    }

    /** The cosine of two placed articles' term vectors (for tuning and tests). */
    synchronized double cosine(String articleA, String articleB) {
        PlacedArticle a = vector(articles.get(articleIndex.get(articleA)).fingerprint());
        PlacedArticle b = vector(articles.get(articleIndex.get(articleB)).fingerprint());
        Story one = new Story("probe", -1);
        one.add(b, termNames);
        return one.cosine(a.termIds(), a.unit());
    }

    private StoryFingerprint fingerprint(String id, Map<String, Float> tf, Set<String> entities, LocalDate date) {
        // Each term's score once (one idf lookup per term), then the strongest by score, ties by term.
        int size = tf.size();
        String[] all = new String[size];
        float[] freq = new float[size];
        double[] score = new double[size];
        Integer[] order = new Integer[size];
        int k = 0;
        for (Map.Entry<String, Float> e : tf.entrySet()) {
            all[k] = e.getKey();
            freq[k] = e.getValue();
            score[k] = e.getValue() * idf(e.getKey());
            order[k] = k;
            k++;
        }
        Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : all[x].compareTo(all[y]));
        int n = Math.min(options.termsPerArticle(), size);
        String[] terms = new String[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            terms[i] = all[order[i]];
            weights[i] = freq[order[i]];
        }
        return new StoryFingerprint(id, terms, weights, Set.copyOf(entities), date);
    }

    /** The article's weighted vector under the frozen weights: (1 + log tf) × idf, unit length, ids ascending. */
    private PlacedArticle vector(StoryFingerprint f) {
        int n = f.terms().length;
        int[] ids = new int[n];
        double[] w = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            ids[i] = termId(f.terms()[i]);
            // One string per term for the whole clusterer, not one per article that uses it.
            f.terms()[i] = termNames.get(ids[i]);
            w[i] = (1 + Math.log(f.weights()[i])) * idf(f.terms()[i]);
            norm += w[i] * w[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i]));
        int[] sortedIds = new int[n];
        float[] unit = new float[n];
        double length = Math.sqrt(norm);
        for (int k = 0; k < n; k++) {
            sortedIds[k] = ids[order[k]];
            unit[k] = length == 0 ? 0 : (float) (w[order[k]] / length);
        }
        // The fingerprint keeps terms strongest first: its head is what the term index sees.
        int[] query = Arrays.copyOf(ids, Math.min(INDEX_TERMS, n));
        return new PlacedArticle(f, sortedIds, unit, query);
    }

    private int termId(String term) {
        Integer id = termIds.get(term);
        if (id == null) {
            id = termNames.size();
            termIds.put(term, id);
            termNames.add(term);
            postings.add(new IntList());
            closedPostings.add(new IntList());
        }
        return id;
    }

    /**
     * Inverse document frequency over the background newswire and the corpus of earlier runs
     * together: the background fixes the weights of a small corpus, the corpus takes over as runs
     * accumulate (see {@link #freezeWeights}). Cached: the weights only change when frozen again.
     */
    private double idf(String term) {
        Double cached = idf.get(term);
        if (cached == null) {
            BackgroundFrequencies bg = BackgroundFrequencies.SHIPPED;
            double n = bg.documents() + weightDocuments + 1.0;
            cached = Math.log(n / (bg.frequency(term) + weightFrequency.getOrDefault(term, 0) + 0.5));
            idf.put(term, cached);
        }
        return cached;
    }

    /** A growable list of ints (story indexes of one term). */
    private static final class IntList {
        int[] data = new int[4];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }
    }
}
