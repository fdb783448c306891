package org.mirsad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.ingest.CorpusState;
import org.mirsad.ingest.Ingest;
import org.mirsad.ingest.IngestListener;
import org.mirsad.ingest.IngestOptions;
import org.mirsad.ingest.IngestSummary;
import org.mirsad.store.Store;

/**
 * A whole {@code mirsad ingest} of the bench input into a fresh data directory, timed: the corpus
 * stages' state in the data directory ({@link CorpusState}: dedup index file, story journal and
 * snapshot) as the command keeps it.
 */
final class BenchIngest {

    /** @param articles articles stored; {@code seconds} from opening the store to the last commit closed */
    record Result(long records, long articles, double seconds) {
    }

    private BenchIngest() {
    }

    static Result run(BenchCorpus corpus, Path dataDir, int threads) throws IOException {
        long t0 = System.nanoTime();
        IngestSummary summary;
        try (Store store = Store.open(dataDir);
             LuceneArticleIndex index = LuceneArticleIndex.open(dataDir);
             CorpusState state = CorpusState.open(dataDir, store)) {
            Ingest ingest = new Ingest(store, index, state.pipeline(), state,
                    IngestOptions.defaults("bench").withThreads(threads), IngestListener.SILENT);
            summary = ingest.run(List.of(corpus.file().toString()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(summary.totals().recordsRead(), summary.totals().articlesStored(), seconds);
    }
}
