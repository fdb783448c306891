package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.demo.DemoCorpus;
import org.mirsad.store.Store;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void ingestsTheDemoCorpusAndSaysWhatToRunNext() {
        Path data = dir.resolve("demo");
        CliRun r = CliRun.of("demo", "--no-serve", "--data", data.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.count("pages read")).isGreaterThanOrEqualTo(DemoCorpus.files().size());
        // The demo's WARC holds warcinfo and request records: skipped (counted as rejected), nothing else is.
        long skipped = r.out().lines().map(String::strip).filter(l -> l.matches("\\d+\\s+skipped WARC record"))
                .mapToLong(l -> Long.parseLong(l.split("\\s+")[0])).sum();
        assertThat(r.count("  rejected")).isEqualTo(skipped);
        assertThat(r.count("articles stored")).isPositive();
        assertThat(r.out()).contains("Next:").contains("./mirsad extract " + data + "/demo-corpus");
        try (Store store = Store.open(data)) {
            assertThat(store.counts().articles()).isEqualTo(r.count("articles stored") + r.count("duplicate articles"));
        }
    }

    @Test
    void runsAgainIntoAFreshDirectory() {
        Path data = dir.resolve("demo");
        CliRun first = CliRun.of("demo", "--no-serve", "--data", data.toString());
        CliRun second = CliRun.of("demo", "--no-serve", "--data", data.toString());
        assertThat(second.exit()).isEqualTo(0);
        assertThat(second.count("  already ingested")).isZero();
        assertThat(second.count("articles stored")).isEqualTo(first.count("articles stored"));
    }

    @Test
    void refusesToWipeADirectoryItDidNotMake() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        CliRun r = CliRun.of("demo", "--no-serve", "--data", mine.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(mine + " is not empty and was not made by 'mirsad demo'");
        assertThat(mine.resolve("notes.txt")).hasContent("keep me");
    }
}
