package org.mirsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void foldsOnlyTrailingDigitsSoThatC1AndC2StayApart() {
        assertThat(ThreadCpu.group("C2 CompilerThre0")).isEqualTo("C2 CompilerThre#");
        assertThat(ThreadCpu.group("C1 CompilerThre12")).isEqualTo("C1 CompilerThre#");
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("GC Thread##");
        assertThat(ThreadCpu.group("main")).isEqualTo("main");
    }

    @Test
    void sumsWhatEachThreadSpentByGroupAndPutsEndedThreadsAside() {
        ThreadCpu before = new ThreadCpu(Map.of(1, 2.0, 2, 1.0, 3, 5.0),
                Map.of(1, "worker", 2, "worker", 3, "C2 CompilerThre#"));
        // thread 3 ended; thread 4 started meanwhile
        ThreadCpu after = new ThreadCpu(Map.of(1, 3.5, 2, 1.5, 4, 0.75),
                Map.of(1, "worker", 2, "worker", 4, "worker"));

        Map<String, Double> spent = after.since(before, 4.0);

        assertThat(spent.get("worker")).isCloseTo(2.75, within(1e-9));
        assertThat(spent.get(ThreadCpu.ENDED)).isCloseTo(1.25, within(1e-9));
        assertThat(spent).doesNotContainKey("C2 CompilerThre#");
        assertThat(ThreadCpu.describe(spent)).isEqualTo("worker 2.8 s, " + ThreadCpu.ENDED + " 1.3 s");
    }

    @Test
    void seesTheCallingThreadWorkOnLinux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc/self/task: not Linux");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ThreadCpu before = ThreadCpu.now();
        // work until this thread has had 200 ms of CPU, however loaded the machine
        long end = threads.getCurrentThreadCpuTime() + 200_000_000L;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        Map<String, Double> spent = ThreadCpu.now().since(before, 0);

        assertThat(x).isNotNegative();
        // /proc counts in ticks of 10 ms
        assertThat(spent.values().stream().mapToDouble(Double::doubleValue).sum()).isGreaterThanOrEqualTo(0.15);
    }
}
