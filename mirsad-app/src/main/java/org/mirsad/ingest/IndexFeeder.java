package org.mirsad.ingest;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.mirsad.index.ArticleIndex;
import org.mirsad.model.Article;

/**
 * Adds articles to the index on background lanes, so that the writer thread (corpus stages, store) does
 * not also run Lucene's analysis: profiled, indexing took a third of that thread, which every other
 * thread of an ingest waits on. Adds of one article id stay in order (an id always goes to the same
 * lane); at most {@value #IN_FLIGHT} articles wait, so memory stays bounded. {@link #flush} waits for
 * every add so far and reports the first failure.
 */
final class IndexFeeder implements AutoCloseable {

    /**
     * Two of the settle's pages of 500 ({@code Ingest}): while the calling thread reads, settles and stores
     * the next page, the lanes have the whole of the last one to work on. At 256 they had half a page, about
     * as long as the calling thread takes for a page when it gets a core, less when it waits for one, and then
     * idled (history 39 in docs/performance.md). The queued articles are held anyway by the pages that name
     * them; at most one more page's worth of them stays in memory.
     */
    private static final int IN_FLIGHT = 1024;

    private final ArticleIndex index;
    private final ExecutorService[] lanes;
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    IndexFeeder(ArticleIndex index, int lanes) {
        this.index = index;
        this.lanes = new ExecutorService[Math.max(1, lanes)];
        for (int i = 0; i < this.lanes.length; i++) {
            this.lanes[i] = Executors.newSingleThreadExecutor(Ingest.daemonThreads("mirsad-index"));
        }
    }

    /** Queues one article for the index (waits while {@value #IN_FLIGHT} are queued). */
    void add(Article article) throws IOException {
        rethrow();
        room.acquireUninterruptibly();
        try {
            lanes[Math.floorMod(article.id().hashCode(), lanes.length)].execute(() -> {
                try {
                    index.add(article);
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /**
     * Waits until every article queued so far is in the index writer, then has each lane write out an
     * in-memory segment ({@link ArticleIndex#flushBuffer}), in parallel: the commit that follows would
     * otherwise write them all on the calling thread while the lanes idle.
     */
    void flush() throws IOException {
        room.acquireUninterruptibly(IN_FLIGHT);
        room.release(IN_FLIGHT);
        rethrow();
        CountDownLatch flushed = new CountDownLatch(lanes.length);
        for (ExecutorService lane : lanes) {
            lane.execute(() -> {
                try {
                    index.flushBuffer();
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    flushed.countDown();
                }
            });
        }
        try {
            flushed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index lanes wrote their segments", e);
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Exception e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
    }

    /** Lets queued adds finish (an interrupted Lucene writer may close itself), then stops the lanes. */
    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
