package org.mirsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void handsResultsOverInSubmissionOrderEvenWhenLaterOnesFinishFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<String> seen = new ArrayList<>();
        CountDownLatch secondDone = new CountDownLatch(1);
        try {
            InOrder<String> inOrder = new InOrder<>(pool, 10, seen::add);
            inOrder.submit(() -> {
                secondDone.await(); // the first task finishes only after the second one
                return "first";
            });
            inOrder.submit(() -> {
                secondDone.countDown();
                return "second";
            });
            inOrder.done("third");
            inOrder.finish();
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).containsExactly("first", "second", "third");
    }

    @Test
    void keepsAtMostTheWindowWaiting() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<Integer> seen = new ArrayList<>();
        try {
            InOrder<Integer> inOrder = new InOrder<>(pool, 2, seen::add);
            for (int i = 0; i < 5; i++) {
                inOrder.done(i);
            }
            assertThat(seen).containsExactly(0, 1, 2);
            inOrder.finish();
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
    }
}
