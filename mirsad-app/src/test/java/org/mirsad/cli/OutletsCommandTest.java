package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class OutletsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = MirsadCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsTheOutletTable() {
        assertThat(run("outlets")).isZero();
        assertThat(out.toString()).contains("Asharq Al-Awsat\tالشرق الأوسط|صحيفة الشرق الأوسط\taawsat.com|aawsat.net");
    }

    @Test
    void measuresOutletsAndAgenciesOnScraperRecords(@TempDir Path dir) throws IOException {
        String json = "[{\"source\":\"sabq\",\"url\":\"https://sabq.org/a\",\"title\":\"عنوان\","
                + "\"content\":\"خالد العتيبي- سبق- الرياض: قال مسؤول لـ«رويترز» إن\"},"
                + "{\"source\":\"okaz\",\"url\":\"https://www.okaz.com.sa/b\",\"title\":\"عنوان آخر\","
                + "\"content\":\"نص بلا علامة ولا وكالة\"}]";
        Path file = dir.resolve("day.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(json.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("outlets", "--measure", file.toString(), "--show-agencies", "5")).isZero();
        String printed = out.toString();
        assertThat(printed).containsPattern("Sabq +1 +100\\.0% +100\\.0% +0 +0 +100\\.0%")
                .containsPattern("Okaz +1 +100\\.0% +0\\.0% +0 +1 +0\\.0%")
                .containsPattern("ALL +2 +100\\.0% +50\\.0% +0 +1 +100\\.0%")
                .contains("agencies: 1 of 2 articles cite at least one (50.0%)")
                .contains("Reuters\t");
    }

    @Test
    void missingFileIsAUserError(@TempDir Path dir) {
        assertThat(run("outlets", "--measure", dir.resolve("nope.json").toString())).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(err.toString()).contains("nope.json: no such file");
    }

    /** A file that is not a JSON array of records: exit 1 and a message naming it, no stack trace. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "object.json|{\"title\": \"x\"}|object.json: not a JSON array of records",
            "cut.json|[{\"title\": \"x\", \"content\": |cut.json: not valid JSON",
            "fake.json.gz|not gzip at all|fake.json.gz: not a valid gzip file"})
    void fileThatIsNotAJsonArrayIsAUserError(String name, String content, String message, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        assertThat(run("outlets", "--measure", file.toString())).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(err.toString()).contains(message).doesNotContain("Exception");
    }
}
