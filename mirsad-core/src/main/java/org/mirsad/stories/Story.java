package org.mirsad.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clusterer keeps of one story, whatever its size: the sum of its members' unit term
 * vectors (the centroid, at most {@link #MAX_TERMS} terms), how many members name each entity, its
 * first and last date. Fixed in size, so memory grows with the number of stories, not their articles.
 * A story that merged into another, or that the clusterer let go of ({@link #evict}: quiet for so long
 * that no dated article can reach it), keeps only its id, index and dates: a shell of a few dozen bytes.
 */
final class Story {

    /** Terms kept in a centroid: past twice this, the weakest are dropped down to it. */
    static final int MAX_TERMS = 300;
    /** Entities kept per story: past twice this, the least named are dropped down to it. */
    static final int MAX_ENTITIES = 40;
    /** Terms a story lists in the clusterer's term index (candidates are found through them). */
    static final int MAX_INDEXED_TERMS = 400;

    final String id;
    final int index;
    /** The story this one merged into (its index), or its own index while it lives. */
    int survivor;
    int members;
    LocalDate first;
    LocalDate last;
    /** {@link #last} as an epoch day ({@link Long#MIN_VALUE} while undated): compared for every term index entry met. */
    long lastDay = Long.MIN_VALUE;
    /** Sum of the dated members' epoch days, and how many are dated: their mean is the story's date. */
    long daySum;
    int dated;
    /** Centroid: term ids ascending, with the summed weights. */
    int[] terms = NO_TERMS;
    double[] sums = NO_SUMS;
    double normSquared;
    Map<String, Integer> entities = new HashMap<>();
    double entityNormSquared;
    /** One bit per entity held ({@link #entityBit}): a story and an article with no bit in common share no entity. */
    long entityMask;
    /** Terms already in the term index for this story, ascending (a sorted array: a boxed set cost ~50 bytes a term). */
    int[] indexed = NO_TERMS;
    int indexedCount;
    /** Let go of by the clusterer: only the id, index and dates are left ({@link #evict}). */
    boolean evicted;

    private static final int[] NO_TERMS = new int[0];
    private static final double[] NO_SUMS = new double[0];

    Story(String id, int index) {
        this.id = id;
        this.index = index;
        this.survivor = index;
    }

    boolean alive() {
        return survivor == index;
    }

    /** Alive and still held in full: a candidate for articles. */
    boolean resident() {
        return survivor == index && !evicted;
    }

    /** Adds a term to the story's indexed terms; false when it was there already or the story lists enough. */
    boolean addIndexed(int term) {
        if (indexedCount >= MAX_INDEXED_TERMS) {
            return false;
        }
        int at = Arrays.binarySearch(indexed, 0, indexedCount, term);
        if (at >= 0) {
            return false;
        }
        int insert = -at - 1;
        if (indexedCount == indexed.length) {
            indexed = Arrays.copyOf(indexed, Math.max(8, indexedCount * 2));
        }
        System.arraycopy(indexed, insert, indexed, insert + 1, indexedCount - insert);
        indexed[insert] = term;
        indexedCount++;
        return true;
    }

    /** The indexed terms, ascending. */
    int[] indexedTerms() {
        return Arrays.copyOf(indexed, indexedCount);
    }

    /**
     * Drops the centroid, entities and indexed terms: the story merged into another (which took them)
     * or can no longer take any article. Its id, index and dates stay, for ids that name it.
     */
    void release() {
        terms = NO_TERMS;
        sums = NO_SUMS;
        normSquared = 0;
        entities = null;
        entityNormSquared = 0;
        entityMask = 0;
        indexed = NO_TERMS;
        indexedCount = 0;
    }

    /** Releases the story for good (see {@link #release}): it leaves the clusterer's memory and its saved state. */
    void evict() {
        release();
        evicted = true;
    }

    /** Adds one member: its unit vector, entities and date. */
    void add(PlacedArticle a, List<String> termNames) {
        addVector(a.termIds(), toDouble(a.unit()), termNames);
        for (String e : a.fingerprint().entities()) {
            entities.merge(e, 1, Integer::sum);
        }
        trimEntities();
        LocalDate d = a.fingerprint().date();
        extend(d, d);
        if (d != null) {
            daySum += d.toEpochDay();
            dated++;
        }
        members++;
    }

    /** Takes another story's members in (a merge). */
    void absorb(Story other, List<String> termNames) {
        addVector(other.terms, other.sums, termNames);
        other.entities.forEach((e, n) -> entities.merge(e, n, Integer::sum));
        trimEntities();
        extend(other.first, other.last);
        daySum += other.daySum;
        dated += other.dated;
        members += other.members;
    }

    private void extend(LocalDate from, LocalDate to) {
        if (from != null) {
            first = first == null || from.isBefore(first) ? from : first;
        }
        if (to != null) {
            last(last == null || to.isAfter(last) ? to : last);
        }
    }

    /** Sets the last date and its epoch day. */
    void last(LocalDate date) {
        last = date;
        lastDay = date == null ? Long.MIN_VALUE : date.toEpochDay();
    }

    /** Dated, and last dated before the epoch day {@code day}. */
    boolean quietBefore(long day) {
        return last != null && lastDay < day;
    }

    /**
     * Days between a date and this story's date, the mean of its members' dates, or -1 when either
     * is undated. The mean, not the span: a story fed every day would otherwise never age, and would
     * grow into the whole of a topic (a war, a season) rather than one happening in it.
     */
    double daysFrom(LocalDate date) {
        return date == null ? -1 : daysFrom(date.toEpochDay());
    }

    /** {@link #daysFrom(LocalDate)} of a date given as its epoch day. */
    double daysFrom(long epochDay) {
        return dated == 0 ? -1 : Math.abs(epochDay - (double) daySum / dated);
    }

    /** Days between the dates of two stories (means of their members' dates), or -1 when either is undated. */
    double daysFrom(Story other) {
        return dated == 0 || other.dated == 0 ? -1 : Math.abs((double) daySum / dated - (double) other.daySum / other.dated);
    }

    /**
     * Cosine of a unit vector (term ids ascending) with the centroid. The article has a few dozen
     * terms and the centroid up to {@link #MAX_TERMS} twice over: each article term is searched for
     * in the rest of the centroid, not both walked in step.
     */
    double cosine(int[] ids, float[] unit) {
        if (normSquared == 0) {
            return 0;
        }
        return searched(ids, unit) / Math.sqrt(normSquared);
    }

    /**
     * The same cosine with the article's vector also scattered by term id ({@code unitByTerm[t]} where
     * {@code mark[t] == stamp}): the centroid is walked once and each of its terms looked up there, unless
     * the centroid is much longer than the article. Terms meet in ascending order either way, so the
     * products are summed in the same order and the cosine is the same to the last bit. A story of one
     * or a few members (most of them) has about as many terms as the article, where a binary search
     * per article term cost a third of settling a run.
     */
    double cosine(int[] ids, float[] unit, int[] mark, float[] unitByTerm, int stamp) {
        if (normSquared == 0) {
            return 0;
        }
        if (terms.length > SEARCH_PAST * ids.length) {
            return searched(ids, unit) / Math.sqrt(normSquared);
        }
        double dot = 0;
        int[] t = terms;
        for (int k = 0; k < t.length; k++) {
            if (mark[t[k]] == stamp) {
                dot += unitByTerm[t[k]] * sums[k];
            }
        }
        return dot / Math.sqrt(normSquared);
    }

    /** Centroid terms per article term past which binary searches beat walking the centroid. */
    private static final int SEARCH_PAST = 32;

    /** The dot product of a unit vector (term ids ascending) with the centroid, by binary search in the centroid. */
    private double searched(int[] ids, float[] unit) {
        double dot = 0;
        int from = 0;
        for (int i = 0; i < ids.length && from < terms.length; i++) {
            int at = java.util.Arrays.binarySearch(terms, from, terms.length, ids[i]);
            if (at >= 0) {
                dot += unit[i] * sums[at];
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return dot;
    }

    /**
     * The mean term cosine over every pair of members, one from each story (average link): the sum
     * of the members' unit vectors makes it one dot product. Two single articles: their cosine.
     */
    double averageLink(Story other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] < other.terms[j]) {
                i++;
            } else if (terms[i] > other.terms[j]) {
                j++;
            } else {
                dot += sums[i++] * other.sums[j++];
            }
        }
        return members == 0 || other.members == 0 ? 0 : dot / ((double) members * other.members);
    }

    /** Cosine of an article's entity set with the story's entity counts; -1 when either has none. */
    double entityCosine(Set<String> articleEntities) {
        return entityCosine(articleEntities, -1L);
    }

    /**
     * The same, with the article's {@link #entityMask} of its entities: when it has no bit in common with
     * the story's, they share no entity and the cosine is 0 without a look-up (a sum of counts, exact in any
     * order). Most candidates share none, and these look-ups were a third of settling a run.
     */
    double entityCosine(Set<String> articleEntities, long articleMask) {
        if (articleEntities.isEmpty() || entities.isEmpty()) {
            return -1;
        }
        if ((articleMask & entityMask) == 0) {
            return 0;
        }
        double dot = 0;
        for (String e : articleEntities) {
            dot += entities.getOrDefault(e, 0);
        }
        return dot / Math.sqrt(articleEntities.size() * entityNormSquared);
    }

    /** Cosine of two stories' entity counts; -1 when either has none. */
    double entityCosine(Story other) {
        if (entities.isEmpty() || other.entities.isEmpty()) {
            return -1;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : entities.entrySet()) {
            dot += (double) e.getValue() * other.entities.getOrDefault(e.getKey(), 0);
        }
        return dot / Math.sqrt(entityNormSquared * other.entityNormSquared);
    }

    private void addVector(int[] ids, double[] weights, List<String> termNames) {
        int[] t = new int[terms.length + ids.length];
        double[] s = new double[t.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length || j < ids.length) {
            if (j == ids.length || i < terms.length && terms[i] < ids[j]) {
                t[n] = terms[i];
                s[n++] = sums[i++];
            } else if (i == terms.length || ids[j] < terms[i]) {
                t[n] = ids[j];
                s[n++] = weights[j++];
            } else {
                t[n] = terms[i];
                s[n++] = sums[i++] + weights[j++];
            }
        }
        if (n > 2 * MAX_TERMS) {
            n = keepStrongest(t, s, n, termNames);
        }
        terms = java.util.Arrays.copyOf(t, n);
        sums = java.util.Arrays.copyOf(s, n);
        double norm = 0;
        for (double w : sums) {
            norm += w * w;
        }
        normSquared = norm;
    }

    /**
     * Keeps the {@link #MAX_TERMS} strongest terms (ties by the term's text, never by its id: ids
     * are given in arrival order, and the centroid must not depend on it). Returns the new length.
     */
    private static int keepStrongest(int[] t, double[] s, int n, List<String> termNames) {
        List<Integer> order = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            order.add(k);
        }
        order.sort((x, y) -> s[x] != s[y] ? Double.compare(s[y], s[x])
                : termNames.get(t[x]).compareTo(termNames.get(t[y])));
        List<Integer> kept = new ArrayList<>(order.subList(0, MAX_TERMS));
        kept.sort((x, y) -> Integer.compare(t[x], t[y]));
        int[] t2 = new int[MAX_TERMS];
        double[] s2 = new double[MAX_TERMS];
        for (int k = 0; k < MAX_TERMS; k++) {
            t2[k] = t[kept.get(k)];
            s2[k] = s[kept.get(k)];
        }
        System.arraycopy(t2, 0, t, 0, MAX_TERMS);
        System.arraycopy(s2, 0, s, 0, MAX_TERMS);
        return MAX_TERMS;
    }

    private void trimEntities() {
        if (entities.size() > 2 * MAX_ENTITIES) {
            List<Map.Entry<String, Integer>> all = new ArrayList<>(entities.entrySet());
            all.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            entities.clear();
            all.subList(0, MAX_ENTITIES).forEach(e -> entities.put(e.getKey(), e.getValue()));
        }
        double norm = 0;
        long mask = 0;
        for (Map.Entry<String, Integer> e : entities.entrySet()) {
            int n = e.getValue();
            norm += (double) n * n;
            mask |= entityBit(e.getKey());
        }
        entityNormSquared = norm;
        entityMask = mask;
    }

    /** An entity's bit in {@link #entityMask}: one of 64, from its string hash. */
    static long entityBit(String entity) {
        return 1L << ((entity.hashCode() * 0x9E3779B9) >>> 26);
    }

    /** The {@link #entityMask} of a set of entities. */
    static long entityMask(Set<String> entities) {
        long mask = 0;
        for (String e : entities) {
            mask |= entityBit(e);
        }
        return mask;
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
