package org.mirsad.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool but hands their results to one consumer, on the calling thread, in the
 * order they were submitted: parallel work, deterministic output. At most {@code window} results
 * wait at a time, so memory stays bounded however long the input.
 */
final class InOrder<T> {

    private final ExecutorService pool;
    private final int window;
    private final Consumer<T> consumer;
    private final Deque<Future<T>> pending = new ArrayDeque<>();

    InOrder(ExecutorService pool, int window, Consumer<T> consumer) {
        this.pool = pool;
        this.window = window;
        this.consumer = consumer;
    }

    /** Runs the task on the pool; its result reaches the consumer after every earlier one. */
    void submit(Callable<T> task) {
        add(pool.submit(task));
    }

    /** A result already at hand, kept in its place in the order. */
    void done(T value) {
        add(CompletableFuture.completedFuture(value));
    }

    /** Hands every remaining result to the consumer. */
    void finish() {
        while (!pending.isEmpty()) {
            drainOne();
        }
    }

    private void add(Future<T> f) {
        pending.addLast(f);
        while (pending.size() > window) {
            drainOne();
        }
    }

    private void drainOne() {
        Future<T> head = pending.removeFirst();
        T value;
        try {
            value = head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        } catch (ExecutionException e) {
            // Tasks catch their own failures and return them as values; reaching here is a bug.
            throw new IllegalStateException("pipeline task failed", e.getCause());
        }
        consumer.accept(value);
    }
}
