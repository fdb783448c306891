package org.mirsad.ingest;

/**
 * How an ingest runs.
 *
 * @param threads     worker threads for the stateless stages (all cores by default)
 * @param commitEvery input records between the store's commits, each followed by a checkpoint of the corpus
 *                    state; a killed run reads at most this many records again on its next start
 * @param version     the Mirsad version, recorded with the run
 */
public record IngestOptions(int threads, int commitEvery, String version) {

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
        }
    }

    public static IngestOptions defaults(String version) {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 200, version);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, commitEvery, version);
    }

    public IngestOptions withCommitEvery(int n) {
        return new IngestOptions(threads, n, version);
    }
}
