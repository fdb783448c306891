package org.mirsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.store.RunTotals;
import org.mirsad.store.Store;
import org.mirsad.store.StoreCounts;

/**
 * kill -9 in the middle of an ingest, for real: a child JVM ingests a generated corpus and is
 * destroyed forcibly once part of it is stored; the rerun must finish the job with no duplicate
 * rows, a complete ledger, counts that add up and an index holding exactly the stored articles.
 */
class ResumeAfterKillTest {

    private static final int PAGES = 300;
    private static final int KILL_AFTER_LEDGER_ROWS = 60;

    @TempDir
    Path dir;

    @Test
    void resumesAKilledIngestWithoutLossOrDuplicates() throws Exception {
        List<Path> pages = Corpus.write(dir.resolve("corpus"), PAGES);
        List<String> inputs = pages.stream().map(Path::toString).toList();
        Path data = dir.resolve("data");

        long ledgerAtKill = runAndKill(data, inputs);
        assertThat(ledgerAtKill).as("ledger rows when killed").isBetween((long) KILL_AFTER_LEDGER_ROWS, PAGES - 1L);

        IngestSummary resumed = IngestTest.ingest(data, inputs, 2);
        int[] expected = Corpus.expected(PAGES);
        RunTotals t = resumed.totals();
        assertThat(t.addsUp()).isTrue();
        assertThat(t.recordsRead()).isEqualTo(PAGES);
        assertThat(t.recordsAlready()).as("records the killed run committed").isPositive();
        assertThat(t.recordsRejected()).isEqualTo(expected[2]);

        try (Store store = Store.open(data)) {
            StoreCounts c = store.counts();
            assertThat(c.ledgerStored()).isEqualTo(expected[0]);
            assertThat(c.ledgerDuplicate()).isEqualTo(expected[1]);
            assertThat(c.ledgerRejected()).isEqualTo(expected[2]);
            assertThat(c.sources()).as("one source per article: no row written twice").isEqualTo(c.articles());
            assertThat(c.indexedArticles()).isEqualTo(c.articles());
            assertThat(LuceneArticleIndex.committedDocs(data)).isEqualTo((int) c.articles());
        }
        assertThat(scalar(data, "SELECT count(*) FROM (SELECT text_hash FROM articles WHERE duplicate_of IS NULL"
                + " GROUP BY text_hash HAVING count(*) > 1)")).isEqualTo("0");
        assertThat(scalar(data, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM ledger l,"
                + " json_each(l.article_ids) j WHERE j.value = a.id)")).as("articles no ledger row names").isEqualTo("0");

        IngestSummary third = IngestTest.ingest(data, inputs, 2);
        assertThat(third.totals()).isEqualTo(new RunTotals(PAGES, 0, 0, expected[2], PAGES - expected[2], 0, 0));
    }

    /** Starts the child, waits until it has ledgered some records, kills it; returns the ledger rows then. */
    private long runAndKill(Path data, List<String> inputs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ThrottledIngestMain.class.getName(), data.toString()));
        command.addAll(inputs);
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (ledgerRows(data) < KILL_AFTER_LEDGER_ROWS) {
                if (!child.isAlive()) {
                    fail("the child ingest ended (exit " + child.exitValue() + ") before it could be killed:\n"
                            + Files.readString(log));
                }
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        return ledgerRows(data);
    }

    private static long ledgerRows(Path data) throws Exception {
        if (!Files.exists(data.resolve(Store.DATABASE_FILE))) {
            return 0;
        }
        String n = scalar(data, "SELECT count(*) FROM sqlite_master WHERE name = 'ledger'");
        return "1".equals(n) ? Long.parseLong(scalar(data, "SELECT count(*) FROM ledger")) : 0;
    }

    static String scalar(Path data, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.DATABASE_FILE));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
