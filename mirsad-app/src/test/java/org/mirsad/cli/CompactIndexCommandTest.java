package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.search.Fixtures;

class CompactIndexCommandTest {

    @TempDir
    Path data;

    @Test
    void mergesTheIndexIntoOneSegmentAndSearchStillFindsItsArticles() throws Exception {
        List<org.mirsad.model.Article> corpus = Fixtures.corpus();
        Fixtures.index(data, corpus.subList(0, 3)); // three commits: three segments
        Fixtures.index(data, corpus.subList(3, 5));
        Fixtures.index(data, corpus.subList(5, corpus.size()));
        String before = CliRun.of("search", "--data", data.toString(), "--json", "الكرملين").out();

        CliRun r = CliRun.of("compact-index", "--data", data.toString());

        assertThat(r.exit()).isEqualTo(MirsadCli.OK);
        assertThat(r.out()).contains("3 segments -> 1");
        assertThat(CliRun.of("search", "--data", data.toString(), "--json", "الكرملين").out()).isEqualTo(before);
    }

    @Test
    void refusesAMissingIndexAndANonPositiveCount(@TempDir Path empty) {
        assertThat(CliRun.of("compact-index", "--data", empty.toString()).exit()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(CliRun.of("compact-index", "--data", data.toString(), "--segments", "0").exit())
                .isEqualTo(MirsadCli.BAD_INPUT);
    }
}
