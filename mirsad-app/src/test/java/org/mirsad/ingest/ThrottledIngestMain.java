package org.mirsad.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.mirsad.Mirsad;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.store.Store;

/**
 * The child process of {@link ResumeAfterKillTest}: the real ingest, with a listener that pauses
 * after each record so that the test can kill the process while it is writing. Args: DATA PATH...
 */
public final class ThrottledIngestMain {

    private ThrottledIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<String> inputs = Arrays.asList(args).subList(1, args.length);
        IngestListener slow = new IngestListener() {
            @Override
            public void progress(long recordsDone, long articlesStored) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (Store store = Store.open(data); LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            new Ingest(store, index, Mirsad.pipeline(), IngestOptions.defaults("test").withCommitEvery(7), slow)
                    .run(inputs);
        }
    }
}
