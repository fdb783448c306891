package org.mirsad.dedup;

/**
 * Every tunable of duplicate detection, with the defaults measured on SaudiNewsNet (docs/dedup.md).
 *
 * @param shingleSize   words per shingle (w-shingling, Broder 1997); 5 matches the reference measure
 * @param hashes        MinHash functions per article; the signature is this long, whatever the text
 * @param bands         LSH bands (Leskovec, Rajaraman, Ullman, "Mining of Massive Datasets", ch. 3.4);
 *                      {@code hashes / bands} rows each
 * @param threshold     estimated Jaccard at or above which two articles are near-duplicates
 * @param containment   estimated share of the shorter article's shingles found in the longer one at or
 *                      above which the shorter is a truncated copy
 * @param minLengthRatio the shorter article's shingle count over the longer's below which containment
 *                      is not trusted (a MinHash estimate of a tiny set inside a big one is noise)
 */
public record DedupConfig(int shingleSize, int hashes, int bands, double threshold, double containment,
                          double minLengthRatio) {

    public static final DedupConfig DEFAULT = new DedupConfig(5, 128, 32, 0.7, 0.95, 0.5);

    public DedupConfig {
        if (shingleSize < 1 || shingleSize > 16) {
            throw new IllegalArgumentException("shingleSize must be 1..16, was " + shingleSize);
        }
        if (hashes < 1 || hashes > 1024) {
            throw new IllegalArgumentException("hashes must be 1..1024, was " + hashes);
        }
        if (bands < 1 || hashes % bands != 0) {
            throw new IllegalArgumentException("bands must divide hashes (" + hashes + "), was " + bands);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        if (!(containment > 0)) {
            throw new IllegalArgumentException("containment must be above 0 (above 1 turns it off), was "
                    + containment);
        }
        if (!(minLengthRatio >= 0 && minLengthRatio <= 1)) {
            throw new IllegalArgumentException("minLengthRatio must be in [0, 1], was " + minLengthRatio);
        }
    }

    public int rows() {
        return hashes / bands;
    }

    public DedupConfig withThreshold(double t) {
        return new DedupConfig(shingleSize, hashes, bands, t, containment, minLengthRatio);
    }

    public DedupConfig withContainment(double c) {
        return new DedupConfig(shingleSize, hashes, bands, threshold, c, minLengthRatio);
    }

    public DedupConfig withShingling(int size, int newHashes, int newBands) {
        return new DedupConfig(size, newHashes, newBands, threshold, containment, minLengthRatio);
    }
}
