package org.mirsad.dedup;

import org.mirsad.collect.Hashing;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.ArticleId;

/**
 * Article in, {@link Fingerprint} out: a pure function of the text and the config, so a Spark map
 * task computes the same fingerprints as {@code ingest} does.
 *
 * <p>Only the body counts (lede, paragraphs and subheads): the headline and the captions are left out,
 * because republishers rewrite headlines and add or drop photos while the wire text stays the same;
 * an article with the same headline and another body is a different article.
 *
 * <p>MinHash (Broder, "On the resemblance and containment of documents", 1997) with one seeded
 * 64-bit mix per hash function; band keys for LSH banding (Indyk and Motwani 1998).
 */
public final class Fingerprinter {

    private final DedupConfig config;
    private final long[] seeds;

    public Fingerprinter(DedupConfig config) {
        this.config = config;
        this.seeds = new long[config.hashes()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = Hashing.mix(Hashing.GOLDEN * (i + 1));
        }
    }

    public DedupConfig config() {
        return config;
    }

    public Fingerprint of(Article article) {
        int date = article.date().value() == null ? Fingerprint.NO_DATE : (int) article.date().value().toEpochDay();
        return of(article.id(), body(article), date, ArticleId.copyHash(article));
    }

    /** The text that is compared: lede and every body block, in order. */
    public static String body(Article article) {
        StringBuilder sb = new StringBuilder();
        if (article.lede() != null) {
            sb.append(article.lede());
        }
        for (Block b : article.blocks()) {
            sb.append('\n').append(b.text());
        }
        return sb.toString();
    }

    /** An article known only by its body: no copy hash, so exact copies fall to the id. */
    public Fingerprint of(String id, String body, int dateRank) {
        return of(id, body, dateRank, 0L);
    }

    public Fingerprint of(String id, String body, int dateRank, long copyHash) {
        long[] words = WordShingles.words(body);
        // MinHash over every shingle as it comes (a repeat changes no minimum), the distinct ones counted apart
        long[] shingles = WordShingles.hashes(words, config.shingleSize());
        long[] mins = minHash(shingles);
        int rows = config.rows();
        int[] bandKeys = new int[config.bands()];
        for (int b = 0; b < bandKeys.length; b++) {
            long h = b;
            for (int r = b * rows; r < (b + 1) * rows; r++) {
                h = Hashing.combine(h, mins[r]);
            }
            bandKeys[b] = (int) (h ^ (h >>> 32));
        }
        short[] sketch = new short[mins.length];
        for (int i = 0; i < mins.length; i++) {
            sketch[i] = (short) mins[i];
        }
        return new Fingerprint(id, WordShingles.sequenceHash(words), copyHash, words.length, WordShingles.distinct(shingles), dateRank,
                bandKeys, sketch);
    }

    /**
     * Each hash function's least value over the shingles. The minimum is taken without a branch (values
     * are below 2^63, so {@code v - m} cannot overflow and its sign says which is less): the inner loop
     * over the hash functions is then plain arithmetic that the JIT turns into vector instructions, about
     * three times faster than the branch (docs/performance.md, history 44).
     */
    private long[] minHash(long[] shingles) {
        long[] seeds = this.seeds;
        long[] mins = new long[seeds.length];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long v = Hashing.mix(s ^ seeds[i]) >>> 1;
                long below = v - mins[i];
                mins[i] += below & (below >> 63);
            }
        }
        return mins;
    }
}
