package org.mirsad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.mirsad.Mirsad;
import org.mirsad.index.ArticleIndex;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.RecordSink;
import org.mirsad.store.LedgerKey;
import org.mirsad.store.Store;
import org.mirsad.store.StoredRecord;
import org.mirsad.store.StoredStories;

/**
 * Files in, stored and indexed articles out, with a ledger entry for every input record.
 *
 * <p>Readers stream records on the calling thread; the stateless stages (and what the corpus stages
 * can prepare without their state, {@link org.mirsad.pipeline.CorpusStage#prepare}) run on a pool; the
 * corpus stages and the store see the results in input order on the calling thread, so a run is
 * deterministic. Each record is written whole or not at all (articles, sources, ledger row: a
 * savepoint of its own, the records between two checkpoints one transaction), so a killed run
 * leaves whole records or none; the corpus state is checkpointed every
 * {@link IngestOptions#commitEvery} records, after the store has committed them.
 *
 * <p>Articles are indexed once, when the run settles ({@link #settle}): a story is final only then,
 * and indexing each article as it was stored meant indexing nearly every one twice. They are flagged
 * {@code indexed} only after an index commit returned, so the next run indexes whatever a kill cut
 * off ({@link #reindexPending}). The run's articles become searchable when it ends.
 */
public final class Ingest {

    private static final int REINDEX_BATCH = 500;
    /**
     * Settled articles between index commits. A commit waits for the lanes and writes the segments on
     * the calling thread while the lanes idle: one per page of 500 was ~40% of this thread's CPU in the
     * settle pass. A run killed while settling indexes at most this many articles again.
     */
    private static final int SETTLE_COMMIT_EVERY = 5_000;

    private final Store store;
    private final ArticleIndex index;
    private final Pipeline pipeline;
    private final CorpusCheckpoint corpusState;
    private final IngestOptions options;
    private final IngestListener listener;

    public Ingest(Store store, ArticleIndex index, Pipeline pipeline, IngestOptions options, IngestListener listener) {
        this(store, index, pipeline, () -> { }, options, listener);
    }

    /**
     * @param corpusState checkpointed before every index commit and flushed at the end of a run: the corpus
     *                    stages' state in the data directory ({@link CorpusState})
     */
    public Ingest(Store store, ArticleIndex index, Pipeline pipeline, CorpusCheckpoint corpusState,
                  IngestOptions options, IngestListener listener) {
        this.store = store;
        this.index = index;
        this.pipeline = pipeline;
        this.corpusState = corpusState;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Adds to the index every stored article no index commit holds yet; returns how many. Only the articles
     * read back and fed to the index are flagged indexed: one the store listed but did not return (gone
     * since it was listed) is told to the listener and keeps its flag, so a run never flags an article the
     * index does not hold.
     */
    public int reindexPending() throws IOException {
        int n = 0;
        // this thread reads the stored articles back; Lucene analyses them on the feeder's lanes
        try (IndexFeeder feeder = indexFeeder()) {
            for (List<Store.RowId> page = store.unindexedIds(0, REINDEX_BATCH); !page.isEmpty();
                 page = store.unindexedIds(page.get(page.size() - 1).row(), REINDEX_BATCH)) {
                List<String> ids = page.stream().map(Store.RowId::id).toList();
                Set<String> fed = new HashSet<>();
                for (Article a : store.articles(ids)) {
                    feeder.add(a);
                    fed.add(a.id());
                }
                for (String id : ids) {
                    if (!fed.contains(id)) {
                        listener.notIndexed(id);
                    }
                }
                feeder.flush();
                index.commit();
                store.markIndexed(fed);
                n += fed.size();
            }
        }
        return n;
    }

    /** Reads every path, runs the pipeline, stores and indexes; returns the summary. */
    public IngestSummary run(List<String> paths) throws IOException {
        int reindexed = reindexPending();
        long runId = store.startRun("ingest", paths, options.version());
        // Records share SQLite transactions (each still whole or absent) from one checkpoint to the next, which
        // commits them first: a commit writes every B-tree page the records since the last one touched, and an
        // article's rows land on ~25 pages at random places of the tables' indexes (ids are hashes), so the
        // fewer commits, the fewer pages written (docs/ingest.md, "Resume after kill -9").
        store.recordsPerCommit(options.commitEvery());
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads("mirsad-pipeline"));
        Writer writer = new Writer(runId, tally);
        try {
            InOrder<Outcome> inOrder = new InOrder<>(pool, options.threads() * 4, writer::write);
            RecordSink sink = new RecordSink() {
                @Override
                public void page(Page page) {
                    LedgerKey key = LedgerKey.of(page);
                    if (store.ledgerEntry(key).isPresent()) {
                        inOrder.done(new Outcome.Already());
                    } else {
                        inOrder.submit(() -> extract(page, key));
                    }
                }

                @Override
                public void rejected(Rejection rejection) {
                    inOrder.done(new Outcome.Unreadable(rejection));
                }
            };
            for (String path : paths) {
                Mirsad.read(path, sink);
            }
            inOrder.finish();
            writer.checkpoint();
            // before the settle pass reads the run's articles back for the index: with their entities' final names
            store.settleEntityNames();
            settle(runId, tally);
        } catch (UncheckedIOException e) {
            store.finishRun(runId, tally.totals(), false);
            throw e.getCause();
        } catch (RuntimeException e) {
            store.finishRun(runId, tally.totals(), false);
            throw e;
        } finally {
            pool.shutdownNow();
            store.recordsPerCommit(1);
        }
        store.finishRun(runId, tally.totals(), true);
        return new IngestSummary(runId, tally.totals(), tally.pagesRead(), tally.reasons(), reindexed);
    }

    /**
     * Story merges and duplicate groups can change as later articles arrive; once the run has read
     * everything, each article it stored takes the corpus stages' final word ({@link Pipeline#settle})
     * and goes to the index, a page of articles at a time (one store transaction for the page's
     * changes, one index commit). Articles that changes after that touch (regrouped, promoted, moved
     * to a merged story's survivor) are flagged and indexed again at the end.
     */
    private void settle(long runId, Tally tally) throws IOException {
        // Articles that become canonical are promoted after every demotion: exact copies share a text
        // hash, and the store allows one canonical per text (a group whose canonical changes swaps two).
        List<String> promoted = new ArrayList<>();
        // The run's stories, noted in the store page by page (a run of a million articles names hundreds
        // of thousands: held in a set they grew the heap by ~40 bytes an article).
        store.clearNotedStories();
        // The run's article counts, from each article's final word: groups that chose another canonical
        // during the run were already applied to the store at a checkpoint, so the counts made as the
        // records were stored are not it.
        long canonical = 0;
        long duplicates = 0;
        try (IndexFeeder feeder = indexFeeder()) {
            // Fed but not yet in an index commit: flagged indexed once one holds them.
            List<String> uncommitted = new ArrayList<>();
            // In an index commit but not yet flagged: flagged once the next page is with the lanes.
            List<String> committed = List.of();
            SettledPage next = settlePage(runId, 0, promoted);
            while (!next.articles().isEmpty()) {
                for (Article a : next.articles()) {
                    feeder.add(a);
                    uncommitted.add(a.id());
                    if (a.duplicateOf() == null) {
                        canonical++;
                    } else {
                        duplicates++;
                    }
                }
                if (!committed.isEmpty()) {
                    store.markIndexed(committed);
                    committed = List.of();
                }
                // The lanes analyse this page while this thread reads, settles and stores the next one; a
                // commit waits for the lanes, so the next page is ready to hand them as soon as it returns.
                next = settlePage(runId, next.lastRow(), promoted);
                if (uncommitted.size() >= SETTLE_COMMIT_EVERY && !next.articles().isEmpty()) {
                    feeder.flush();
                    index.commit();
                    committed = List.copyOf(uncommitted);
                    uncommitted.clear();
                }
            }
            // (A commit is followed by a page, which flags it: none is left unflagged here.)
            // Before anything below flags articles for re-indexing: flagging them indexed after that would lose it.
            commitIndexed(feeder, uncommitted);
        }
        tally.settled(canonical, duplicates);
        for (String id : promoted) {
            store.makeCanonical(id);
        }
        // The stories table keeps each story's title and counts for listings; the run's stories changed.
        // The corpus state goes first: it moves the stored articles of stories the run merged away.
        corpusState.flush();
        for (List<String> stories = store.notedStories(null, REINDEX_BATCH); !stories.isEmpty();
             stories = store.notedStories(stories.get(stories.size() - 1), REINDEX_BATCH)) {
            StoredStories.refreshAll(store, stories);
        }
        store.clearNotedStories();
        reindexPending();
    }

    /** A page of the run's articles with the corpus stages' final word, and the row it ends at. */
    private record SettledPage(List<Article> articles, long lastRow) {
    }

    /**
     * The run's next page of articles after row {@code after} (none when the run has no more), each with the
     * corpus stages' final word ({@link Pipeline#settle}); their changed story and canonical fields are written
     * in one store transaction, and the articles that became canonical are added to {@code promoted}.
     */
    private SettledPage settlePage(long runId, long after, List<String> promoted) {
        List<Store.RowId> page = store.articlesOfRun(runId, after, REINDEX_BATCH);
        if (page.isEmpty()) {
            return new SettledPage(List.of(), after);
        }
        List<Article> settledPage = new ArrayList<>();
        List<Article> before = new ArrayList<>();
        List<Store.CorpusFields> updates = new ArrayList<>();
        List<Integer> updated = new ArrayList<>();
        Set<String> stories = new TreeSet<>();
        List<Article> storedPage = store.articles(page.stream().map(Store.RowId::id).toList());
        if (storedPage.size() != page.size()) {
            throw new IllegalStateException("the store lost articles of run " + runId + " while settling it");
        }
        for (int p = 0; p < page.size(); p++) {
            Store.RowId row = page.get(p);
            Article stored = storedPage.get(p);
            Article settled = pipeline.settle(stored);
            if (settled.story() != null) {
                stories.add(settled.story());
            }
            if (!Objects.equals(settled.story(), stored.story())
                    || !Objects.equals(settled.duplicateOf(), stored.duplicateOf())) {
                updates.add(new Store.CorpusFields(row.id(), settled.story(), settled.duplicateOf()));
                updated.add(settledPage.size());
                if (settled.duplicateOf() == null && stored.duplicateOf() != null) {
                    promoted.add(row.id());
                }
            }
            settledPage.add(settled);
            before.add(stored);
        }
        store.noteStories(stories);
        boolean[] applied = updates.isEmpty() ? new boolean[0] : store.updateCorpusFields(updates);
        for (int i = 0; i < applied.length; i++) {
            if (!applied[i]) {
                // The store kept the canonical it had (the new one named no stored article).
                int at = updated.get(i);
                settledPage.set(at, settledPage.get(at).withDuplicateOf(before.get(at).duplicateOf()));
            }
        }
        return new SettledPage(settledPage, page.get(page.size() - 1).row());
    }

    /** Waits for the lanes, commits the index and flags what the commit holds. */
    private void commitIndexed(IndexFeeder feeder, List<String> ids) throws IOException {
        feeder.flush();
        index.commit();
        store.markIndexed(ids);
        ids.clear();
    }

    private Outcome extract(Page page, LedgerKey key) {
        try {
            return new Outcome.Extracted(page, key, pipeline.analyseToPlace(page));
        } catch (RuntimeException e) {
            // A stage failed on this page: reject the page with the reason and go on with the rest.
            return new Outcome.Failed(page, e);
        }
    }

    /** Consumes outcomes in input order: corpus stages, store, tally. Calling thread only. */
    private final class Writer {
        private final long runId;
        private final Tally tally;
        private int recordsSinceCheckpoint;

        Writer(long runId, Tally tally) {
            this.runId = runId;
            this.tally = tally;
        }

        void write(Outcome outcome) {
            try {
                if (outcome instanceof Outcome.Extracted x) {
                    store(x);
                } else if (outcome instanceof Outcome.Unreadable u) {
                    reject(u.rejection(), false);
                } else if (outcome instanceof Outcome.Failed f) {
                    reject(new Rejection(f.page().source(), "pipeline failed: " + f.error()), true);
                } else {
                    tally.already();
                }
                listener.progress(tally.done(), tally.articlesStored());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void reject(Rejection r, boolean wasPage) {
            listener.rejected(r);
            store.rejectRecord(LedgerKey.of(r), r.reason(), runId);
            tally.rejected(r.reason(), wasPage);
        }

        private void store(Outcome.Extracted x) throws IOException {
            x.page().warnings().forEach(w -> listener.warning(x.page(), w));
            // Checked again here: the same record may come twice in one run (a path named twice).
            if (store.ledgerEntry(x.key()).isPresent()) {
                tally.already();
                return;
            }
            List<Article> articles = new ArrayList<>();
            for (Article a : x.articles()) {
                articles.add(pipeline.place(a));
            }
            StoredRecord stored = store.storeRecord(x.key(), articles, runId);
            if (articles.isEmpty()) {
                Rejection r = new Rejection(x.page().source(), "no article text found");
                listener.rejected(r);
                tally.rejected(r.reason(), true);
                return;
            }
            tally.stored(stored);
            if (++recordsSinceCheckpoint >= options.commitEvery()) {
                checkpoint();
            }
        }

        /** The corpus state, so that a crash loses at most the placements of the records since. */
        void checkpoint() throws IOException {
            // The store first: the saved corpus state must never hold a record the store may still lose.
            store.commitPending();
            corpusState.checkpoint();
            recordsSinceCheckpoint = 0;
        }
    }

    /** What became of one input record before it is written. */
    private sealed interface Outcome {
        record Already() implements Outcome { }

        record Unreadable(Rejection rejection) implements Outcome { }

        record Failed(Page page, RuntimeException error) implements Outcome { }

        record Extracted(Page page, LedgerKey key, List<Article> articles) implements Outcome { }
    }

    /**
     * Index lanes, one per pipeline thread: they run when the run settles (and in {@link #reindexPending}),
     * when the pipeline is idle, so Lucene's analysis gets every core while this thread reads and settles.
     */
    private IndexFeeder indexFeeder() {
        return new IndexFeeder(index, options.threads());
    }

    /** Threads that do not keep the JVM alive, for the pipeline pool and the index lanes. */
    static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
