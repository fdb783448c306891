package org.mirsad.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.mirsad.ingest.IngestListener;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;

/**
 * Tells the user on stderr what an ingest is doing: each rejected record with its file and place,
 * reader warnings, and progress — a live bar when a person is watching a terminal, otherwise one
 * plain line a minute on long runs (so CI logs get no control characters).
 */
final class ConsoleListener implements IngestListener, AutoCloseable {

    private static final long QUIET_PROGRESS_NANOS = 60_000_000_000L;
    /** ANSI/ECMA-48 "erase in line" (EL 2): clears the whole line the bar is drawn on. */
    private static final String ERASE_LINE = "\u001B[2K";

    private final PrintStream err;
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long lastLine = started;

    private ConsoleListener(PrintStream err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** With a progress bar only when the JVM has a console (a terminal on both ends). */
    static ConsoleListener forStderr(boolean progress) {
        boolean terminal = progress && System.console() != null;
        ProgressBar bar = terminal
                ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1).setUnit(" records", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500)
                        .clearDisplayOnFinish().build()
                : null;
        return new ConsoleListener(System.err, bar);
    }

    @Override
    public void rejected(Rejection r) {
        message("mirsad: rejected: " + Where.of(r.source()) + ": " + r.reason());
    }

    @Override
    public void warning(Page page, String warning) {
        message("mirsad: warning: " + Where.of(page.source()) + ": " + warning);
    }

    @Override
    public void notIndexed(String articleId) {
        message("mirsad: warning: article " + articleId + " could not be read back for the index; it stays unindexed");
    }

    /** A line of its own: on a terminal, the bar's line is erased first and redrawn on its next tick. */
    private void message(String line) {
        err.println(bar == null ? line : "\r" + ERASE_LINE + line);
    }

    @Override
    public void progress(long recordsDone, long articlesStored) {
        if (bar != null) {
            bar.stepTo(recordsDone);
            bar.setExtraMessage(articlesStored + " articles");
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= QUIET_PROGRESS_NANOS) {
            lastLine = now;
            err.println("mirsad: ingest: " + recordsDone + " records done, " + articlesStored + " articles stored");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
