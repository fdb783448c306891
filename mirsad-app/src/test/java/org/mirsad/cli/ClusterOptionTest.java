package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --opensearch URL} on the commands that take it; mirsad-opensearch is not on this class path. */
class ClusterOptionTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            search | ftp://host:9200            | must be an http(s) URL
            search | localhost:9200             | must be an http(s) URL
            search | http://exa mple:9200       | is not a URL
            search | http://127.0.0.1:9        | no OpenSearch support on the class path
            ingest | http://127.0.0.1:9        | no OpenSearch support on the class path
            """)
    void badOrUnsupportedClusterIsAUserError(String command, String url, String message) {
        CliRun r = CliRun.of(command, "--data", data.toString(), "--opensearch", url, "x");
        assertThat(r.exit()).as(r.err()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
    }
}
