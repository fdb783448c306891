package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.SharedData;

class IngestCommandTest {

    @TempDir
    Path dir;

    @Test
    void onlyAMissingPathExitsOneNamingIt() {
        String missing = dir.resolve("nope.txt").toString();
        CliRun r = CliRun.of("ingest", "--data", dir.resolve("data").toString(), missing);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("mirsad: rejected: " + missing + ": no such file or directory")
                .contains("mirsad: nothing could be read from " + missing).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.count("  rejected")).isEqualTo(1);
    }

    @Test
    void onlyAnEmptyFileExitsOneNamingIt() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun r = CliRun.of("ingest", "--data", dir.resolve("data").toString(), empty.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("mirsad: rejected: " + empty + ": empty file").doesNotContain("Exception");
    }

    @Test
    void aBadFileAmongGoodOnesExitsZeroAndTheRestIsStored() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "عنوان الخبر\n\nنص الخبر في سطر أول.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun r = CliRun.of("ingest", "--no-progress", "--data", dir.resolve("data").toString(), good.toString(),
                empty.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.err()).contains("mirsad: rejected: " + empty + ": empty file");
        assertThat(r.count("pages read")).isEqualTo(2);
        assertThat(r.count("  stored")).isEqualTo(1);
        assertThat(r.count("  rejected")).isEqualTo(1);
        assertThat(r.out()).contains("rejected, by reason:").containsPattern("1  empty file");
    }

    @Test
    void aFileAsDataDirectoryExitsOneWithoutStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a directory");
        Path good = Files.writeString(dir.resolve("good.txt"), "عنوان\n\nنص.\n");
        CliRun r = CliRun.of("ingest", "--data", file.toString(), good.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("mirsad: data directory " + file + " is a file, not a directory")
                .doesNotContain("\tat ");
    }

    @Test
    void printsTheSummaryAsJsonWhenAsked() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "عنوان\n\nنص.\n");
        CliRun r = CliRun.of("ingest", "--json", "--data", dir.resolve("data").toString(), good.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("\"records_read\":1").contains("\"records_stored\":1").contains("\"pages_read\":1");
    }

    @Test
    void seedPagesAddUpAndASecondRunStoresNothingNew() {
        Path seeds = SharedData.require("seeds");
        String[] files = seedFiles(seeds);
        String data = dir.resolve("data").toString();
        CliRun first = CliRun.of(args(data, files));
        assertThat(first.exit()).as(first.err()).isEqualTo(0);
        assertThat(first.count("pages read")).isEqualTo(files.length);
        assertThat(first.count("pages read")).isEqualTo(first.count("  stored") + first.count("  duplicates")
                + first.count("  rejected") + first.count("  already ingested"));
        assertThat(first.count("articles stored")).isPositive();
        CliRun second = CliRun.of(args(data, files));
        assertThat(second.exit()).isEqualTo(0);
        assertThat(second.count("  already ingested")).isEqualTo(files.length);
        assertThat(second.count("articles stored")).isZero();
        assertThat(second.count("duplicate articles")).isZero();
    }

    private static String[] args(String data, String[] files) {
        String[] a = new String[files.length + 4];
        a[0] = "ingest";
        a[1] = "--no-progress";
        a[2] = "--data";
        a[3] = data;
        System.arraycopy(files, 0, a, 4, files.length);
        return a;
    }

    private static String[] seedFiles(Path seeds) {
        try (var s = Files.list(seeds)) {
            return s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toArray(String[]::new);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
