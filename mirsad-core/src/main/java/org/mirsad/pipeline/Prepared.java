package org.mirsad.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a corpus stage computed for an article on a pipeline worker ({@link CorpusStage#prepare}), kept
 * by article id until the stage places the article on the writer thread. A cache, not a queue: an
 * article prepared but never placed (its record turned out to be ingested already, its page failed)
 * must not hold memory for good, so past {@value #LIMIT} entries it is emptied, and a missing value
 * is computed where it is needed.
 */
public final class Prepared<T> {

    /** Far more than the articles in flight between the workers and the writer (a few pages per thread). */
    static final int LIMIT = 4096;

    private final Map<String, T> values = new ConcurrentHashMap<>();

    /** Keeps the value for the article (worker threads). */
    public void put(String articleId, T value) {
        if (values.size() >= LIMIT) {
            values.clear();
        }
        values.put(articleId, value);
    }

    /** The value prepared for the article, taken out, or computed now when there is none. */
    public T take(String articleId, Supplier<T> compute) {
        T v = values.remove(articleId);
        return v != null ? v : compute.get();
    }
}
