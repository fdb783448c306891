package org.mirsad.ingest;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.Mirsad;
import org.mirsad.dedup.DedupConfig;
import org.mirsad.dedup.DedupStage;
import org.mirsad.dedup.GroupChange;
import org.mirsad.dedup.file.FileDedupIndex;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.store.Store;

/**
 * The corpus stages' state that lives in a data directory, so that an article ingested today is
 * matched against everything ingested before: the near-duplicate index ({@code DIR/dedup/}). A
 * group that chooses a new canonical regroups the stored articles too, earlier runs' included.
 * Flushed at every index commit (before the store marks articles indexed), so a crash loses at
 * most the fingerprints of records the next run will not see again as new.
 */
public final class CorpusState implements Closeable, Flushable {

    private final FileDedupIndex dedup;
    private final Store store;
    private final Pipeline pipeline;
    /** Group changes wait until their new canonical is stored: it is being placed when they happen. */
    private final List<GroupChange> pending = new ArrayList<>();

    private CorpusState(FileDedupIndex dedup, Store store) {
        this.dedup = dedup;
        this.store = store;
        this.pipeline = Mirsad.pipeline().replacing(new DedupStage(dedup, DedupConfig.DEFAULT, this::changed));
    }

    public static CorpusState open(Path dataDir, Store store) throws IOException {
        return new CorpusState(FileDedupIndex.open(dataDir.resolve("dedup"), DedupConfig.DEFAULT), store);
    }

    private synchronized void changed(GroupChange change) {
        pending.add(change);
    }

    /** The default pipeline with this directory's corpus state behind its corpus stages. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** Writes the dedup index, then applies the group changes to the stored articles. */
    @Override
    public synchronized void flush() throws IOException {
        dedup.flush();
        for (GroupChange c : pending) {
            store.regroup(c.canonical(), c.formerCanonicals());
        }
        pending.clear();
    }

    @Override
    public void close() throws IOException {
        flush();
        dedup.close();
    }
}
