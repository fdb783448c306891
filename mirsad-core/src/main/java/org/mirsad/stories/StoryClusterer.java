package org.mirsad.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mirsad.model.ArticleId;

/**
 * Incremental story detection in the manner of topic detection and tracking: each new article is
 * compared with the articles seen before that share its strongest terms; it joins the story of
 * every article it is close enough to, and when it is close to articles of two stories, those
 * stories are one and merge (single link). Single-link groups are the connected components of the
 * "close enough" graph, so the partition does not depend on the order articles arrive in: the term
 * weights are frozen while articles are placed ({@link #freezeWeights}), every earlier article is a
 * candidate (no posting list is cut), and the smallest id survives a merge.
 *
 * <p>Closeness mixes three signals: cosine of TF-IDF vectors over light stems (headline weighted
 * most), the overlap of named entities, and time: articles days apart are less likely one story,
 * weeks apart hardly ever.
 *
 * <p>A merged story's id stays resolvable through {@link #resolve(String)}.
 */
public final class StoryClusterer {

    /**
     * @param termsPerArticle the strongest terms kept per article (its fingerprint)
     * @param threshold       similarity from which two articles are one story
     * @param termWeight      share of the term cosine in the similarity; the rest is entity overlap
     * @param decayDays       time constant of the decay: similarity × exp(-days apart / decayDays)
     * @param minSharedTerms  strongest terms two articles must share to be compared at all
     */
    public record Options(int termsPerArticle, double threshold, double termWeight, double decayDays,
                          int minSharedTerms) {

        public static final Options DEFAULT = new Options(40, 0.25, 0.7, 10, 2);
    }

    // Package-private for StoryStateFile, which saves and restores exactly this state.
    final Options options;
    final Map<String, Integer> documentFrequency = new HashMap<>();
    int documents;
    final List<StoryFingerprint> fingerprints = new ArrayList<>();
    final List<String> storyOfFingerprint = new ArrayList<>();
    private final Map<String, Integer> fingerprintOfArticle = new HashMap<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    /** Inverse document frequencies under the current counts (cleared when they change, in {@link #assign}). */
    private final Map<String, Double> idfNow = new HashMap<>();
    /** Shared-term counts by fingerprint index for {@link #candidates}, reset after each use. */
    private int[] sharedTerms = new int[1024];
    /** A merged story's id → the story it merged into. */
    final Map<String, String> mergedInto = new HashMap<>();
    /**
     * The corpus frequencies the weights use: those of the state as it was opened, frozen while
     * articles are placed. Were they the running counts, whether two articles are close would depend
     * on which articles came before them, and the same input in another order would give other stories.
     */
    private Map<String, Integer> weightFrequency = Map.of();
    private int weightDocuments;

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
    }

    /**
     * Places one article and returns its story id.
     *
     * @param articleId the article's id (its story is new when nothing is close)
     * @param termFrequencies its place-weighted term frequencies
     * @param entities  its entity ids
     * @param date      its date or null
     */
    public synchronized String assign(String articleId, Map<String, Float> termFrequencies, Set<String> entities,
                                      LocalDate date) {
        String known = storyOf(articleId);
        if (known != null) {
            // Placed before (an earlier run, or the same article read twice): it keeps its story.
            return known;
        }
        documents++;
        termFrequencies.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        // The weights depend only on the counts just updated, so they hold until the next article:
        // computed once per term, not once per candidate pair (profiled: the pair loop was nearly all
        // of extract's time on SaudiNewsNet).
        idfNow.clear();
        StoryFingerprint me = fingerprint(articleId, termFrequencies, entities, date);

        Set<String> linked = new TreeSet<>();
        Probe probe = probe(me);
        for (int candidate : candidates(me)) {
            if (similarity(probe, fingerprints.get(candidate)) >= options.threshold()) {
                linked.add(resolve(storyOfFingerprint.get(candidate)));
            }
        }
        String story;
        if (linked.isEmpty()) {
            story = "s" + ArticleId.hash("story:" + articleId);
        } else {
            // The smallest id survives a merge, so the surviving id does not depend on arrival order.
            story = linked.iterator().next();
            for (String other : linked) {
                if (!other.equals(story)) {
                    mergedInto.put(other, story);
                }
            }
        }
        remember(me, story);
        return story;
    }

    /** Adds a placed article to the state (also used when the state is read back from its file). */
    void remember(StoryFingerprint me, String story) {
        int index = fingerprints.size();
        fingerprints.add(me);
        storyOfFingerprint.add(story);
        fingerprintOfArticle.put(me.articleId(), index);
        for (String t : me.terms()) {
            List<Integer> list = postings.computeIfAbsent(t, k -> new ArrayList<>());
            list.add(index);
        }
    }

    /** The current story of an article placed before, or null when it was never placed. */
    public synchronized String storyOf(String articleId) {
        Integer i = fingerprintOfArticle.get(articleId);
        return i == null ? null : resolve(storyOfFingerprint.get(i));
    }

    /** The ids of every story that merged into another. */
    public synchronized Set<String> mergedIds() {
        return Set.copyOf(mergedInto.keySet());
    }

    /** How many articles were placed. */
    public synchronized int size() {
        return fingerprints.size();
    }

    /** The current id of a story, following merges. */
    public synchronized String resolve(String storyId) {
        String s = storyId;
        for (String next; (next = mergedInto.get(s)) != null; ) {
            s = next;
        }
        return s;
    }

    /** How close two articles are, 0..1 (term cosine and entity overlap, decayed by time apart). */
    double similarity(StoryFingerprint a, StoryFingerprint b) {
        return similarity(probe(a), b);
    }

    private double similarity(Probe p, StoryFingerprint b) {
        StoryFingerprint a = p.fingerprint();
        double cos = cosine(p, b);
        double ent = jaccard(a.entities(), b.entities());
        double sim = a.entities().isEmpty() || b.entities().isEmpty()
                ? cos
                : options.termWeight() * cos + (1 - options.termWeight()) * ent;
        if (a.date() != null && b.date() != null) {
            long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
            sim *= Math.exp(-days / options.decayDays());
        }
        return sim;
    }

    StoryFingerprint fingerprintForTest(String id, Map<String, Float> tf) {
        return fingerprint(id, tf, Set.of(), null);
    }

    private StoryFingerprint fingerprint(String id, Map<String, Float> tf, Set<String> entities, LocalDate date) {
        List<Map.Entry<String, Float>> top = new ArrayList<>(tf.entrySet());
        top.sort(Comparator.<Map.Entry<String, Float>>comparingDouble(e -> -e.getValue() * idf(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        int n = Math.min(options.termsPerArticle(), top.size());
        String[] terms = new String[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            terms[i] = top.get(i).getKey();
            weights[i] = top.get(i).getValue();
        }
        return new StoryFingerprint(id, terms, weights, Set.copyOf(entities), date);
    }

    private List<Integer> candidates(StoryFingerprint me) {
        if (sharedTerms.length < fingerprints.size()) {
            sharedTerms = new int[Math.max(fingerprints.size(), sharedTerms.length * 2)];
        }
        List<Integer> touched = new ArrayList<>();
        for (String t : me.terms()) {
            for (int i : postings.getOrDefault(t, List.of())) {
                if (sharedTerms[i]++ == 0) {
                    touched.add(i);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i : touched) {
            if (sharedTerms[i] >= options.minSharedTerms()) {
                out.add(i);
            }
            sharedTerms[i] = 0;
        }
        return out;
    }

    /**
     * Inverse document frequency over the background newswire and the corpus of earlier runs
     * together: the background fixes the weights of a small corpus, the corpus takes over as runs
     * accumulate (see {@link #freezeWeights}).
     */
    private double idf(String term) {
        BackgroundFrequencies bg = BackgroundFrequencies.SHIPPED;
        double n = bg.documents() + weightDocuments + 1.0;
        return Math.log(n / (bg.frequency(term) + weightFrequency.getOrDefault(term, 0) + 0.5));
    }

    /** The new article's weighted terms, built once and compared with every candidate. */
    private record Probe(StoryFingerprint fingerprint, Map<String, Double> weights, double norm) {
    }

    private Probe probe(StoryFingerprint f) {
        double[] v = vector(f);
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < v.length; i++) {
            weights.put(f.terms()[i], v[i]);
        }
        return new Probe(f, weights, norm(v));
    }

    private double cosine(Probe a, StoryFingerprint b) {
        double[] vb = vector(b);
        double dot = 0;
        for (int j = 0; j < vb.length; j++) {
            Double w = a.weights().get(b.terms()[j]);
            if (w != null) {
                dot += w * vb[j];
            }
        }
        return dot == 0 ? 0 : dot / (a.norm() * norm(vb));
    }

    private double[] vector(StoryFingerprint f) {
        double[] v = new double[f.terms().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (1 + Math.log(f.weights()[i])) * idfNow.computeIfAbsent(f.terms()[i], this::idf);
        }
        return v;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double w : v) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
