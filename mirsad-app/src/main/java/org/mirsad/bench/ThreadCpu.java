package org.mirsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of every thread of this process, by thread, from {@code /proc/self/task} (Linux; empty elsewhere).
 * The JIT's compiler threads and the collector's threads spend CPU that JFR's execution samples and
 * {@code ThreadMXBean} of the working threads do not show; the difference of two snapshots says who spent
 * a phase's process CPU. Threads that end between two snapshots take their time with them (the JIT ends
 * idle compiler threads): {@link #since} reports that rest as {@link #ENDED}, against the process CPU.
 *
 * @param seconds CPU seconds (user + system) of each live thread, by thread id
 * @param names   each thread's name, by thread id
 */
public record ThreadCpu(Map<Integer, Double> seconds, Map<Integer, String> names) {

    /** The share of the process CPU spent by threads that ended between the two snapshots. */
    public static final String ENDED = "(threads that ended)";

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    /** The CPU seconds of each live thread now. */
    public static ThreadCpu now() {
        Map<Integer, Double> seconds = new HashMap<>();
        Map<Integer, String> names = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return new ThreadCpu(seconds, names);
        }
        try (var dirs = Files.list(TASKS)) {
            for (Path t : (Iterable<Path>) dirs::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    int tid = Integer.parseInt(t.getFileName().toString());
                    // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name
                    seconds.put(tid, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND);
                    names.put(tid, group(stat.substring(stat.indexOf('(') + 1, close)));
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while the folder was listed
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(seconds, names);
        }
        return new ThreadCpu(seconds, names);
    }

    /**
     * CPU seconds spent since {@code before}, summed by thread name with trailing digits folded ("C2 CompilerThre#",
     * "GC Thread#"), largest first; {@code processSeconds} (the process CPU over the same span) puts the
     * time of threads that ended meanwhile under {@link #ENDED}.
     */
    public Map<String, Double> since(ThreadCpu before, double processSeconds) {
        Map<String, Double> byName = new TreeMap<>();
        double live = 0;
        for (Map.Entry<Integer, Double> e : seconds.entrySet()) {
            double spent = e.getValue() - before.seconds.getOrDefault(e.getKey(), 0.0);
            live += spent;
            byName.merge(names.get(e.getKey()), spent, Double::sum);
        }
        double ended = processSeconds - live;
        if (ended >= 0.05) {
            byName.put(ENDED, ended);
        }
        return byName;
    }

    /** One line, largest first, groups under 0.05 s left out: {@code "main 12.3 s, C2 CompilerThre# 8.1 s, ..."}. */
    public static String describe(Map<String, Double> byName) {
        StringBuilder line = new StringBuilder();
        byName.entrySet().stream()
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> line.append(line.isEmpty() ? "" : ", ")
                        .append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%.1f s", e.getValue())));
        return line.toString();
    }

    /** A thread's name with its trailing digits folded, so that a pool's threads count as one group. */
    static String group(String name) {
        return name.replaceAll("[0-9]+$", "#");
    }
}
