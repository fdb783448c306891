package org.mirsad.stories;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.collect.Hashing;
import org.mirsad.collect.LongIntMap;
import org.mirsad.collect.Slab;
import org.mirsad.collect.Spill;
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
 * of a run are placed in one canonical order, by date (undated last) then content, whatever order they
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
    /**
     * Every term met, with its corpus document frequency, its weight under the frozen frequencies and its id
     * once a fingerprint kept it: one look-up a term where counting it, weighing it and naming it took three
     * maps (those look-ups were half of placing an article on the ingest's writer thread).
     */
    private final Map<String, Term> vocabulary = new HashMap<>();
    /**
     * The entries of the term strings met last, by the string instance (direct-mapped on its identity hash): an
     * article's stems come from its words' records, which keep one string a word for as long as the word is
     * cached, so most terms arrive as an instance met before. Checking the instance reads two arrays where the
     * vocabulary's look-up follows its bucket, node and key and compares the chars of another instance of the
     * same stem (a fifth of the placing thread's work). Terms never leave the vocabulary, so an entry found here
     * is always the vocabulary's.
     */
    private static final int RECENT_TERMS = 1 << 15;
    private final String[] recentNames = new String[RECENT_TERMS];
    private final Term[] recentTerms = new Term[RECENT_TERMS];
    /**
     * The vocabulary's terms in order as of the last {@link #documentFrequencies}, and those met since: a save
     * sorts only the new ones and merges, where a tree of the whole vocabulary built for each save was 40% of it.
     */
    private String[] sortedTerms = new String[0];
    private final List<String> newTerms = new ArrayList<>();
    int documents;
    /**
     * Articles placed provisionally, waiting to be settled, by id: each with its vector and its
     * provisional story. Only these hold a vector: a settled article is in its story's centroid.
     */
    final Map<String, Queued> queued = new LinkedHashMap<>();
    /**
     * Settled articles, in settling order: a 64-bit key of the id ({@link #key}) and the index of the
     * story the article went into (as it was then: follow merges). 12 bytes an article, plus the
     * lookup below: what a settled article costs, where its fingerprint cost about a kilobyte. In
     * {@link Slab}s, which leave the heap for mapped temporary files past a megabyte each: a million
     * settled articles would otherwise hold ~40-70 MB of heap here.
     */
    private final Slab settledKeys = new Slab(Spill.temporary(), "settled-keys", 1024 * 8);
    private final Slab settledStories = new Slab(Spill.temporary(), "settled-stories", 1024 * 4);
    int settledCount;
    /** Article key → position in {@link #settledKeys}. */
    private final LongIntMap settledIndex = new LongIntMap(1024, Spill.temporary());
    /** Every story made or read back, by a 64-bit key of its id ({@link #key}) → its index: new ids must be new. */
    private final LongIntMap storyIds = new LongIntMap(1024, Spill.temporary());
    /** A merged story's id → the story it merged into, in the order of the merges. */
    final Map<String, String> mergedInto = new LinkedHashMap<>();
    /** Every story ever made, by index; merged and evicted ones are shells (id and dates only). */
    final List<Story> stories = new ArrayList<>();
    /** The date of the latest settled article and the latest placed one (null: none dated yet). */
    LocalDate latest;
    LocalDate newest;

    /** What of this state the journal beside a state file already holds ({@link StoryStateFile}). */
    Path journalFile;
    long journalLength;
    int journaledArticles;
    int journaledStories;
    int journaledMerges;

    final List<String> termNames = new ArrayList<>();
    /** Stories held in full (alive, not evicted), looked over when {@link #latest} moves on. */
    private final List<Story> resident = new ArrayList<>();
    private LocalDate evictedUpTo;
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
    /**
     * The article being compared, by term id: its unit weight where the mark is {@link #termStamp}
     * ({@link #scatter}, {@link Story#cosine(int[], float[], int[], float[], int)}).
     */
    private int[] termMark = new int[1024];
    private float[] termUnit = new float[1024];
    private int termStamp;
    /** The {@link Story#entityMask} of the article last {@link #scatter}ed. */
    private long entityMask;

    /**
     * The corpus documents the weights use: those of the state as it was opened, frozen while articles are
     * placed (with each term's {@link Term#weightFrequency}). Were they the running counts, whether an
     * article is close to a story would depend on which articles came before it.
     */
    private int weightDocuments;

    /** What the clusterer knows of one term. */
    private static final class Term {
        /** Articles placed that have the term (the corpus document frequency, saved with the state). */
        int documents;
        /** {@link #documents} when the weights were frozen ({@link #freezeWeights}). */
        int weightFrequency;
        /** Its inverse document frequency under the frozen weights, NaN until asked. */
        double idf = Double.NaN;
        /** Its id (index in {@link #termNames}, the term index and the centroids), -1 until a fingerprint keeps it. */
        int id = -1;
    }

    /** An article waiting to be settled: its vector and its provisional story. */
    record Queued(PlacedArticle article, String story) {
    }

    public StoryClusterer() {
        this(Options.DEFAULT);
    }

    public StoryClusterer(Options options) {
        this.options = options;
    }

    /** Takes the corpus frequencies counted so far as the weights of the articles placed from now on. */
    synchronized void freezeWeights() {
        for (Term t : vocabulary.values()) {
            t.weightFrequency = t.documents;
            t.idf = Double.NaN;
        }
        weightDocuments = documents;
    }

    /** Sets a term's corpus document frequency (a state file read back). */
    void documentFrequency(String term, int documents) {
        term(term).documents = documents;
    }

    /** The corpus document frequencies: terms ascending, each with the count of placed articles that have it. */
    record Frequencies(String[] terms, int[] counts) {
    }

    /** The corpus document frequency of every term placed articles have, terms ascending (a state file written). */
    Frequencies documentFrequencies() {
        if (!newTerms.isEmpty()) {
            String[] added = newTerms.toArray(String[]::new);
            Arrays.sort(added);
            String[] merged = new String[sortedTerms.length + added.length];
            int i = 0;
            int j = 0;
            for (int k = 0; k < merged.length; k++) {
                merged[k] = j == added.length || i < sortedTerms.length && sortedTerms[i].compareTo(added[j]) < 0
                        ? sortedTerms[i++] : added[j++];
            }
            sortedTerms = merged;
            newTerms.clear();
        }
        String[] terms = new String[sortedTerms.length];
        int[] counts = new int[sortedTerms.length];
        int n = 0;
        for (String term : sortedTerms) {
            int df = vocabulary.get(term).documents;
            if (df > 0) {
                terms[n] = term;
                counts[n++] = df;
            }
        }
        return new Frequencies(Arrays.copyOf(terms, n), Arrays.copyOf(counts, n));
    }

    /** A term's entry, new (and noted for {@link #documentFrequencies}) when the term was never met. */
    private Term term(String term) {
        int slot = System.identityHashCode(term) & (RECENT_TERMS - 1);
        if (recentNames[slot] == term) {
            return recentTerms[slot];
        }
        Term t = vocabulary.get(term);
        if (t == null) {
            t = new Term();
            vocabulary.put(term, t);
            newTerms.add(term);
        }
        recentNames[slot] = term;
        recentTerms[slot] = t;
        return t;
    }

    /**
     * Days between an article and a story's span past which the decayed similarity cannot reach
     * either threshold, however alike they are: the story is closed for that article.
     */
    double windowDays() {
        return options.decayDays() * Math.log(1 / Math.min(options.threshold(), options.mergeThreshold()));
    }

    /**
     * How far behind the newest date placed an article is settled (placed for good) without waiting
     * for {@link #settle}: the window, in whole days. An article this old can no longer be reached by
     * the newest articles, so holding it back would change nothing for them; and as long as no article
     * arrives more than this behind a newer one, the stories are those of the whole run placed in the
     * canonical order (see {@link #place}).
     */
    long settleLagDays() {
        return (long) Math.ceil(windowDays());
    }

    /**
     * How long before the latest settled date a story must have been quiet to be let go of
     * ({@link Story#evict}): twice the window. No dated article placed in date order can reach it any
     * more; only an undated article can, which is why {@link #keepQuiet} of them stay held.
     */
    long evictAfterDays() {
        return 2 * settleLagDays();
    }

    /**
     * Quiet stories (see {@link #evictAfterDays}) kept in full, the most recent ones: undated articles,
     * placed last and with no decay, can still join them (a report with no date about a happening of
     * any time). Past this many, the longest quiet are let go of, which bounds the memory of a long
     * run to the open stories and these.
     */
    int keepQuiet = 10_000;

    /**
     * Articles queued before the first window is settled (see {@link #place}): a run of fewer articles
     * is settled whole, in the canonical order, whatever its order; a longer one holds about this many
     * vectors (some 1.3 KB each) at most, plus what arrives within the lag.
     */
    int settleWhenQueued = 50_000;
    private int nextWindowAt = -1;
    /** See {@link #changes()}. */
    private long changes;

    /**
     * Places one article and settles it at once (a run of one article, so no order to break ties in:
     * no copy hash); returns its story.
     *
     * @see #place
     */
    public synchronized String assign(String articleId, Map<String, Float> termFrequencies, Set<String> entities,
                                      LocalDate date) {
        place(articleId, 0L, termFrequencies, entities, date);
        settle();
        return storyOf(articleId);
    }

    /**
     * Queues one article and returns its provisional story: the closest story of the settled ones,
     * or a new story. {@link #settle} gives the final one.
     *
     * <p>Settling in windows: once {@link #settleWhenQueued} articles wait, the queued articles dated
     * more than {@link #settleLagDays()} before the newest date placed are settled at once, in the
     * canonical order, and their vectors freed, so that a long run holds a window of articles rather
     * than all of them. In the canonical order those articles come before every article still queued
     * or yet to come, unless one arrives later than that (dated more than the lag before an article
     * that came before it): so the stories are exactly those of one whole-run {@link #settle} when the
     * run is shorter than {@link #settleWhenQueued}, in any order, and when it is in date order give or
     * take the lag, whatever the order within it. A later straggler is settled with the next window
     * (or at the end), after the articles already settled.
     *
     * @param articleId       the article's id (its story is new when nothing is close)
     * @param copyHash        {@link ArticleId#copyHash}: orders exact copies, whose content is the same,
     *                        without the input's folder (0: they fall to the id)
     * @param termFrequencies its place-weighted term frequencies
     * @param entities        its entity ids
     * @param date            its date or null
     */
    public synchronized String place(String articleId, long copyHash, Map<String, Float> termFrequencies,
                                     Set<String> entities, LocalDate date) {
        return place(articleId, copyHash, TermWeights.of(termFrequencies), entities, date);
    }

    /** {@link #place(String, long, Map, Set, LocalDate)} of the terms as {@link StoryTerms} counts them. */
    synchronized String place(String articleId, long copyHash, TermWeights termFrequencies, Set<String> entities,
                              LocalDate date) {
        String known = storyOf(articleId);
        if (known != null) {
            // Placed before (an earlier run, or the same article read twice): it keeps its story.
            return known;
        }
        changes++;
        documents++;
        Counted counted = countedFingerprint(articleId, copyHash, termFrequencies, entities, date);
        PlacedArticle a = vector(counted.fingerprint(), counted.entries());
        Story best = null;
        double bestSimilarity = 0;
        scatter(a);
        for (Story s : candidates(a)) {
            double sim = similarity(a, s);
            if (sim >= options.threshold() && (best == null || sim > bestSimilarity
                    || sim == bestSimilarity && s.id.compareTo(best.id) < 0)) {
                best = s;
                bestSimilarity = sim;
            }
        }
        String story = best != null ? best.id : newStoryId(a.fingerprint());
        queued.put(articleId, new Queued(a, story));
        if (date != null && (newest == null || date.isAfter(newest))) {
            newest = date;
        }
        if (nextWindowAt < 0) {
            nextWindowAt = settleWhenQueued;
        }
        if (queued.size() >= nextWindowAt && newest != null) {
            settleBefore(newest.minusDays(settleLagDays()));
            // Tried again once a quarter as many more wait: input dated within the lag cannot be settled yet.
            nextWindowAt = Math.max(settleWhenQueued, queued.size() + settleWhenQueued / 4);
        }
        return story;
    }

    /**
     * Places the queued articles for good, in the canonical order (date, undated last, then content), so
     * that the stories do not depend on the order the articles arrived in.
     */
    public synchronized void settle() {
        settleBefore(null);
    }

    /** Settles the queued articles dated before {@code cutoff} (every one when null), in the canonical order. */
    private void settleBefore(LocalDate cutoff) {
        if (queued.isEmpty()) {
            return;
        }
        List<PlacedArticle> due = new ArrayList<>();
        for (Queued q : queued.values()) {
            LocalDate d = q.article().fingerprint().date();
            if (cutoff == null || d != null && d.isBefore(cutoff)) {
                due.add(q.article());
            }
        }
        due.sort(CANONICAL);
        changes += due.isEmpty() ? 0 : 1;
        for (PlacedArticle a : due) {
            // In date order, a story quiet for a window before this article cannot take it or any
            // later dated one: it is closed (undated articles, last, still look closed stories up).
            LocalDate d = a.fingerprint().date();
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
                evictQuiet();
            }
            queued.remove(a.fingerprint().articleId());
            settled(a.fingerprint().articleId(), join(a).index);
        }
    }

    /**
     * The canonical order of a run: date (undated last), then content ({@link StoryFingerprint#contentHash}),
     * then the copy hash, then id. Ids hash the input file's path: ordered by id within a day, the same
     * crawl read from another folder gave other stories (two bench runs of 5,000 articles put 39% of
     * them in stories that differed); exact copies, whose content is the same, still did (136 of 2,416
     * articles) until the copy hash came before the id.
     */
    private static final Comparator<PlacedArticle> CANONICAL = Comparator
            .comparing((PlacedArticle a) -> a.fingerprint().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(a -> a.fingerprint().contentHash())
            .thenComparingLong(a -> a.fingerprint().copyHash())
            .thenComparing(a -> a.fingerprint().articleId());

    /** Records that an article went into a story for good. */
    void settled(String articleId, int story) {
        settledKey(key(articleId), story);
    }

    /** Records a settled article by its {@link #key} (also how the journal restores one). */
    void settledKey(long key, int story) {
        settledKeys.reserve((settledCount + 1) * 8L);
        settledStories.reserve((settledCount + 1) * 4L);
        settledIndex.put(key, settledCount);
        settledKeys.putLong(settledCount * 8L, key);
        settledStories.putInt(settledCount * 4L, story);
        settledCount++;
    }

    /** The key of the {@code i}-th settled article ({@link #key}). */
    long settledKeyAt(int i) {
        return settledKeys.getLong(i * 8L);
    }

    /** The story index the {@code i}-th settled article went into. */
    int settledStoryAt(int i) {
        return settledStories.getInt(i * 4L);
    }

    /**
     * A 64-bit key for an article id: its own 16 hex digits when it is one (every id Mirsad makes,
     * {@link ArticleId}), else a hash of it. Two ids of a million share a hashed key with odds of
     * about 10⁻⁸.
     */
    static long key(String articleId) {
        if (articleId.length() == 16) {
            try {
                return Long.parseUnsignedLong(articleId, 16);
            } catch (NumberFormatException e) {
                // not hex: hashed below
            }
        }
        return Hashing.chars(articleId, 0, articleId.length()) ^ 0x5555555555555555L;
    }

    /**
     * Lets go of the longest quiet stories past the {@link #keepQuiet} most recent ones quiet for
     * {@link #evictAfterDays()} before the latest settled date (looked at most once a day): their
     * centroids leave memory and the saved state, their entries the term index.
     */
    private void evictQuiet() {
        LocalDate before = latest.minusDays(evictAfterDays());
        if (evictedUpTo != null && !before.isAfter(evictedUpTo)) {
            return;
        }
        evictedUpTo = before;
        List<Story> quiet = new ArrayList<>();
        int kept = 0;
        for (Story s : resident) {
            if (!s.resident()) {
                continue; // merged: dropped from the list
            }
            if (s.last != null && s.last.isBefore(before)) {
                quiet.add(s);
            }
            resident.set(kept++, s);
        }
        resident.subList(kept, resident.size()).clear();
        if (quiet.size() <= keepQuiet) {
            return;
        }
        quiet.sort(Comparator.comparing((Story s) -> s.last).thenComparing(s -> s.id));
        Set<Integer> touched = new java.util.HashSet<>();
        for (Story s : quiet.subList(0, quiet.size() - keepQuiet)) {
            for (int t : s.indexedTerms()) {
                touched.add(t);
            }
            s.evict();
        }
        resident.removeIf(s -> !s.resident());
        for (int t : touched) {
            postings.get(t).keepResident(stories);
            closedPostings.get(t).keepResident(stories);
        }
    }

    /** Puts an article in the closest story (or a new one), then merges the stories that came close. */
    private Story join(PlacedArticle a) {
        Story story = null;
        double best = 0;
        List<Story> near = new ArrayList<>();
        scatter(a);
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
            story = newStory(newStoryId(a.fingerprint()));
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
        Arrays.stream(from.indexedTerms()).boxed().sorted(Comparator.comparing(termNames::get))
                .forEach(t -> indexTerm(into, t));
        from.release();
        return into;
    }

    /** A new story, held in full. */
    Story newStory(String id) {
        Story s = new Story(id, stories.size());
        storyIds.put(key(id), s.index);
        stories.add(s);
        resident.add(s);
        return s;
    }

    /** A story known only by its id (from the journal): merged or evicted. */
    void shell(String id) {
        Story s = new Story(id, stories.size());
        storyIds.put(key(id), s.index);
        s.evict();
        stories.add(s);
    }

    /**
     * Puts a story restored from a state file back in place of its shell, held in full: its centroid
     * and entities as saved, its indexed terms back in the term index.
     */
    void restore(Story s, int[] indexedTerms) {
        stories.set(s.index, s);
        resident.add(s);
        for (int t : indexedTerms) {
            indexTerm(s, t);
        }
    }

    /**
     * The id of a story its founding article starts: from what the article is (date, content, copy
     * hash), not its id, which hashes the input file's path. Stories break ties by id (the closest of
     * two equally close stories, which quiet stories to let go of, a merge's survivor), so with ids from
     * the path the same crawl read from another folder gave other stories (136 of 2,416 articles, undated
     * ones, which look up the stories others let go of). Without a copy hash the article id stands in.
     * An id already taken (the same record read from two folders into one directory) gets a count.
     */
    private String newStoryId(StoryFingerprint founder) {
        String base = "story:" + founder.date() + ":" + founder.contentHash() + ":"
                + (founder.copyHash() != 0 ? Long.toHexString(founder.copyHash()) : founder.articleId());
        for (int attempt = 0; ; attempt++) {
            String id = "s" + ArticleId.hash(attempt == 0 ? base : base + "#" + attempt);
            if (storyIds.get(key(id)) < 0) {
                return id;
            }
        }
    }

    private void index(Story s, PlacedArticle a) {
        for (int t : a.query()) {
            indexTerm(s, t);
        }
    }

    private void indexTerm(Story s, int term) {
        if (s.addIndexed(term)) {
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
        long day = date == null ? 0 : date.toEpochDay();
        double window = windowDays();
        // Epoch days: compared for every entry met, where LocalDate's compareTo read each story's date object.
        long closedBefore = latest == null ? Long.MIN_VALUE : latest.minusDays((long) Math.ceil(window)).toEpochDay();
        List<Story> out = new ArrayList<>();
        for (int t : a.query()) {
            IntList list = postings.get(t);
            int kept = 0;
            for (int k = 0; k < list.size; k++) {
                Story s = stories.get(list.data[k]);
                if (!s.resident()) {
                    continue; // dropped: a merged story's survivor has its own entry
                }
                if (s.quietBefore(closedBefore)) {
                    closedPostings.get(t).add(s.index);
                    continue;
                }
                list.data[kept++] = s.index;
                count(s, date != null, day, window, out);
            }
            list.size = kept;
            if (date == null) {
                IntList closed = closedPostings.get(t);
                for (int k = 0; k < closed.size; k++) {
                    Story s = live(stories.get(closed.data[k]));
                    if (s.resident()) {
                        count(s, false, 0, window, out);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(s -> s.index));
        return out;
    }

    /**
     * Counts one more shared term for a story; adds it to the candidates when it reaches the minimum. Whether a
     * story is within reach of a dated article is worked out the first time the article meets it (a story out of
     * reach starts far below the minimum), not once for every term they share.
     */
    private void count(Story s, boolean dated, long day, double window, List<Story> out) {
        if (seen[s.index] != stamp) {
            seen[s.index] = stamp;
            shared[s.index] = dated && s.daysFrom(day) > window ? OUT_OF_REACH : 0;
        }
        if (++shared[s.index] == options.minSharedTerms()) {
            out.add(s);
        }
    }

    /** The shared-term count of a story out of an article's reach: no count of terms brings it to the minimum. */
    private static final int OUT_OF_REACH = Integer.MIN_VALUE / 2;

    /**
     * How close an article is to a story, 0..1 (centroid cosine and entity overlap, decayed by time apart);
     * the article is the one last {@link #scatter}ed.
     */
    private double similarity(PlacedArticle a, Story s) {
        return decayed(mix(s.cosine(a.termIds(), a.unit(), termMark, termUnit, termStamp),
                        s.entityCosine(a.fingerprint().entities(), entityMask)),
                s.daysFrom(a.fingerprint().date()));
    }

    /** Spreads an article's unit vector over the term ids for {@link #similarity} with each of its candidates. */
    private void scatter(PlacedArticle a) {
        if (termMark.length < termNames.size()) {
            termMark = Arrays.copyOf(termMark, Math.max(termNames.size(), termMark.length * 2));
            termUnit = Arrays.copyOf(termUnit, termMark.length);
        }
        termStamp++;
        entityMask = Story.entityMask(a.fingerprint().entities());
        int[] ids = a.termIds();
        float[] unit = a.unit();
        for (int i = 0; i < ids.length; i++) {
            termMark[ids[i]] = termStamp;
            termUnit[ids[i]] = unit[i];
        }
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

    /** Queues an article read back from a state file (its vector under the current weights). */
    void requeue(StoryFingerprint f, String story) {
        queued.put(f.articleId(), new Queued(vector(f), story));
    }

    /**
     * Rebuilds the state of a version 1 or 2 state file, which saved every placed article's fingerprint:
     * freezes the weights at the loaded counts, places the settled articles into their saved stories in
     * the canonical order (centroids rebuilt under those weights), and queues the rest.
     *
     * @param stories each article's saved story (as it was then: follow merges)
     */
    void rebuild(List<StoryFingerprint> fingerprints, List<String> stories, List<Boolean> waiting) {
        freezeWeights();
        List<Integer> settledOnes = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            if (waiting.get(i)) {
                requeue(fingerprints.get(i), stories.get(i));
                LocalDate d = fingerprints.get(i).date();
                newest = d != null && (newest == null || d.isAfter(newest)) ? d : newest;
            } else {
                settledOnes.add(i);
            }
        }
        List<PlacedArticle> placed = new ArrayList<>();
        Map<PlacedArticle, String> storyOf = new java.util.IdentityHashMap<>();
        for (int i : settledOnes) {
            PlacedArticle a = vector(fingerprints.get(i));
            placed.add(a);
            storyOf.put(a, stories.get(i));
        }
        placed.sort(CANONICAL);
        Map<String, Story> byId = new HashMap<>();
        for (PlacedArticle a : placed) {
            Story s = byId.computeIfAbsent(resolve(storyOf.get(a)), this::newStory);
            s.add(a, termNames);
            index(s, a);
            settled(a.fingerprint().articleId(), s.index);
            LocalDate d = a.fingerprint().date();
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
                newest = newest == null || d.isAfter(newest) ? d : newest;
            }
        }
        if (latest != null) {
            evictQuiet();
        }
    }

    /** Term id of a term read back from a state file. */
    int termIdOf(String term) {
        return named(term(term), term).id;
    }

    /** The current story of an article placed before (provisional while queued), or null when never placed. */
    public synchronized String storyOf(String articleId) {
        Queued q = queued.get(articleId);
        if (q != null) {
            return resolve(q.story());
        }
        int at = settledIndex.get(key(articleId));
        return at < 0 ? null : resolve(stories.get(settledStoryAt(at)).id);
    }

    /** The ids of every story that merged into another. */
    public synchronized Set<String> mergedIds() {
        return Set.copyOf(mergedInto.keySet());
    }

    /**
     * A count that grows whenever an article is placed or settled: the state is as it was when this count was
     * last read if the count is the same (so a state already saved need not be saved again).
     */
    public synchronized long changes() {
        return changes;
    }

    /** How many stories merged into another so far. */
    public synchronized int mergeCount() {
        return mergedInto.size();
    }

    /** The ids of the stories merged from the {@code from}-th merge on, in the order of the merges. */
    public synchronized List<String> mergedSince(int from) {
        return mergedInto.keySet().stream().skip(from).toList();
    }

    /** How many articles were placed. */
    public synchronized int size() {
        return settledCount + queued.size();
    }

    /** How many articles wait to be settled, holding their vectors (for tests and figures). */
    public synchronized int queuedCount() {
        return queued.size();
    }

    /** How many stories are held in full (for tests and figures). */
    public synchronized int residentCount() {
        return (int) resident.stream().filter(Story::resident).count();
    }

    /** The current id of a story, following merges. */
    public synchronized String resolve(String storyId) {
        String s = storyId;
        for (String next; (next = mergedInto.get(s)) != null; ) {
            s = next;
        }
        return s;
    }

    /** The cosine of two queued articles' term vectors (for tuning and tests). */
    synchronized double cosine(String articleA, String articleB) {
        PlacedArticle a = vector(queued.get(articleA).article().fingerprint());
        PlacedArticle b = vector(queued.get(articleB).article().fingerprint());
        Story one = new Story("probe", -1);
        one.add(b, termNames);
        return one.cosine(a.termIds(), a.unit());
    }

    /**
     * Counts the article's terms in the corpus document frequencies and keeps its strongest terms, strongest
     * first: by score (frequency × idf), ties by term. Each term is looked up once, for its count and weight;
     * the kept terms' entries come with it, in its order, for {@link #vector}.
     */
    private Counted countedFingerprint(String id, long copyHash, TermWeights tf, Set<String> entities,
                                                LocalDate date) {
        int size = tf.size();
        String[] all = new String[size];
        Term[] entries = new Term[size];
        float[] freq = new float[size];
        double[] score = new double[size];
        for (int k = 0; k < size; k++) {
            String name = tf.term(k);
            Term t = term(name);
            t.documents++;
            all[k] = name;
            entries[k] = t;
            freq[k] = tf.weight(k);
            score[k] = freq[k] * idf(t, name);
        }
        int[] order = TopTerms.strongest(all, score, options.termsPerArticle());
        String[] terms = new String[order.length];
        float[] weights = new float[order.length];
        Term[] kept = new Term[order.length];
        for (int i = 0; i < order.length; i++) {
            terms[i] = all[order[i]];
            weights[i] = freq[order[i]];
            kept[i] = entries[order[i]];
        }
        return new Counted(new StoryFingerprint(id, copyHash, terms, weights, Set.copyOf(entities), date), kept);
    }

    /** An article's fingerprint and its terms' entries, in its order. */
    private record Counted(StoryFingerprint fingerprint, Term[] entries) {
    }

    /** {@link #vector(StoryFingerprint, Term[])} of a fingerprint whose terms are looked up by name. */
    private PlacedArticle vector(StoryFingerprint f) {
        return vector(f, null);
    }

    /**
     * The article's weighted vector under the frozen weights: (1 + log tf) × idf, unit length, ids ascending.
     *
     * @param entries the entries of {@code f}'s terms, in its order, when the caller holds them (null: looked up)
     */
    private PlacedArticle vector(StoryFingerprint f, Term[] entries) {
        int n = f.terms().length;
        int[] ids = new int[n];
        double[] w = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            Term t = named(entries != null ? entries[i] : term(f.terms()[i]), f.terms()[i]);
            ids[i] = t.id;
            // One string per term for the whole clusterer, not one per article that uses it.
            f.terms()[i] = termNames.get(ids[i]);
            w[i] = (1 + Math.log(f.weights()[i])) * idf(t, f.terms()[i]);
            norm += w[i] * w[i];
        }
        // ids ascending: each id (distinct, the terms are) above its place, sorted as plain longs
        long[] byId = new long[n];
        for (int i = 0; i < n; i++) {
            byId[i] = (long) ids[i] << 32 | i;
        }
        Arrays.sort(byId);
        int[] sortedIds = new int[n];
        float[] unit = new float[n];
        double length = Math.sqrt(norm);
        for (int k = 0; k < n; k++) {
            int at = (int) byId[k];
            sortedIds[k] = ids[at];
            unit[k] = length == 0 ? 0 : (float) (w[at] / length);
        }
        // The fingerprint keeps terms strongest first: its head is what the term index sees.
        int[] query = Arrays.copyOf(ids, Math.min(INDEX_TERMS, n));
        return new PlacedArticle(f, sortedIds, unit, query);
    }

    /** A term's entry with its id (a new one when it has none yet). */
    private Term named(Term t, String term) {
        if (t.id < 0) {
            t.id = termNames.size();
            termNames.add(term);
            postings.add(new IntList());
            closedPostings.add(new IntList());
        }
        return t;
    }

    /**
     * Inverse document frequency over the background newswire and the corpus of earlier runs
     * together: the background fixes the weights of a small corpus, the corpus takes over as runs
     * accumulate (see {@link #freezeWeights}). Cached: the weights only change when frozen again.
     */
    private double idf(Term t, String term) {
        if (Double.isNaN(t.idf)) {
            BackgroundFrequencies bg = BackgroundFrequencies.SHIPPED;
            double n = bg.documents() + weightDocuments + 1.0;
            t.idf = Math.log(n / (bg.frequency(term) + t.weightFrequency + 0.5));
        }
        return t.idf;
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

        /** Drops the entries of stories no longer held in full (merged or evicted). */
        void keepResident(List<Story> stories) {
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (stories.get(data[k]).resident()) {
                    data[kept++] = data[k];
                }
            }
            size = kept;
            if (data.length > 16 && size < data.length / 4) {
                data = Arrays.copyOf(data, Math.max(4, size * 2));
            }
        }
    }
}
