package org.mirsad.ingest;

import java.io.Closeable;
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
import org.mirsad.stories.StoryClusterer;
import org.mirsad.stories.StoryStage;
import org.mirsad.stories.StoryStateFile;

/**
 * The corpus stages' state that lives in a data directory, so that an article ingested today is
 * matched against everything ingested before: the near-duplicate index ({@code DIR/dedup/}) and the
 * story clusterer ({@code DIR/stories/}, {@link StoryStateFile}). A group that chooses a new
 * canonical regroups the stored articles too, earlier runs' included; a story that merged into
 * another moves its stored articles to the survivor. Flushed at every index commit (before the
 * store marks articles indexed), so a crash loses at most the state of records the next run will
 * not see again as new.
 */
public final class CorpusState implements Closeable, CorpusCheckpoint {

    private final FileDedupIndex dedup;
    private final StoryClusterer stories;
    private final Path storyFile;
    /** How many of the clusterer's merges (in order) already moved their stored articles to the survivor. */
    private int movedStories;
    private final Store store;
    private final Pipeline pipeline;
    /** When the story state was last written and how long that took (for {@link #checkpoint}). */
    private long lastStorySave = System.nanoTime();
    private long storySaveNanos;
    /** The story state's {@link StoryClusterer#changes()} when this object last saved it (none yet: -1). */
    private long savedChanges = -1;
    /** Group changes wait until their new canonical is stored: it is being placed when they happen. */
    private final List<GroupChange> pending = new ArrayList<>();

    private CorpusState(FileDedupIndex dedup, StoryClusterer stories, Path storyFile, Store store) {
        this.dedup = dedup;
        this.stories = stories;
        this.storyFile = storyFile;
        this.movedStories = stories.mergeCount();
        this.store = store;
        this.pipeline = Mirsad.pipeline().replacing(new DedupStage(dedup, DedupConfig.DEFAULT, this::changed))
                .replacing(new StoryStage(stories));
    }

    /** @throws IOException naming the file when a state file is damaged or of another format */
    public static CorpusState open(Path dataDir, Store store) throws IOException {
        Path storyFile = StoryStateFile.in(dataDir);
        StoryClusterer stories = StoryStateFile.load(storyFile);
        return new CorpusState(FileDedupIndex.open(dataDir.resolve("dedup"), DedupConfig.DEFAULT), stories, storyFile,
                store);
    }

    private synchronized void changed(GroupChange change) {
        pending.add(change);
    }

    /** The default pipeline with this directory's corpus state behind its corpus stages. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Writes the dedup index and the story state, then applies the group changes and the story
     * merges to the stored articles.
     */
    @Override
    public synchronized void flush() throws IOException {
        write(true);
    }

    /**
     * Like {@link #flush}, except that the story state is written only when at least
     * {@value #STORY_SAVE_SPACING} times its last writing time has passed: at most about 1/40 of an ingest
     * goes to it. (Its journal is appended to and its snapshot follows the open stories and the current
     * window, not the corpus, since version 3.) The spacing was 10 while the snapshot was compressed at
     * gzip's default level; at the fastest level a save costs about a quarter as much, and 40 keeps the
     * saves as far apart as they were, so the gain is CPU rather than more frequent saves. A crash loses at
     * most that stretch of story placements; the end of the run ({@link #flush}) always writes it.
     */
    @Override
    public synchronized void checkpoint() throws IOException {
        write(System.nanoTime() - lastStorySave >= STORY_SAVE_SPACING * storySaveNanos);
    }

    /** How many times the story state's last writing time must pass before it is written again. */
    static final int STORY_SAVE_SPACING = 40;

    private void write(boolean withStories) throws IOException {
        dedup.flush();
        // Not again when nothing changed since this object saved it: the end of a run flushes, then closes.
        if (withStories && stories.changes() != savedChanges) {
            long t0 = System.nanoTime();
            long changes = stories.changes();
            StoryStateFile.save(stories, storyFile);
            savedChanges = changes;
            lastStorySave = System.nanoTime();
            storySaveNanos = lastStorySave - t0;
        }
        for (GroupChange c : pending) {
            store.regroup(c.canonical(), c.formerCanonicals());
        }
        pending.clear();
        for (String merged : stories.mergedSince(movedStories)) {
            store.moveStory(merged, stories.resolve(merged));
            movedStories++;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        dedup.close();
    }
}
