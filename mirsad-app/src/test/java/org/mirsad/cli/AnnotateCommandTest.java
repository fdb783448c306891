package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.SharedData;
import org.mirsad.dates.DucklingTimeCorpus;
import picocli.CommandLine;

class AnnotateCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = MirsadCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String... lines) throws IOException {
        Path p = dir.resolve("in.txt");
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void printsOneObjectPerLineWithTimes() throws IOException {
        Run r = run("annotate", "--lines", "--now", "2024-11-29T10:00:00",
                file("قال الوزير، اليوم (الجمعة)، إن …", "", "من 13 إلى 15 تموز").toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        assertThat(first.get("times").get(0).get("text").asText()).isEqualTo("اليوم (الجمعة)");
        assertThat(first.get("times").get(0).get("value").asText()).isEqualTo("2024-11-29");
        assertThat(first.get("times").get(0).get("grain").asText()).isEqualTo("day");
        assertThat(first.get("times").get(0).has("from")).isFalse();
        assertThat(first.has("entities")).isTrue();
        assertThat(m.readTree(lines.get(1)).get("times")).isEmpty();
        JsonNode range = m.readTree(lines.get(2)).get("times").get(0);
        assertThat(range.get("from").asText()).isEqualTo("2024-07-13");
        assertThat(range.get("to").asText()).isEqualTo("2024-07-15");
    }

    @Test
    void wholeFileIsOneTextWithoutLines() throws IOException {
        Run r = run("annotate", "--now", "2024-11-29T10:00:00", file("أمس", "غداً").toString());
        assertThat(r.out().lines().toList()).hasSize(1);
        assertThat(r.out()).contains("\"2024-11-28\"").contains("\"2024-11-30\"");
    }

    @Test
    void badNowIsAUserError() throws IOException {
        Run r = run("annotate", "--now", "yesterday", file("أمس").toString());
        assertThat(r.code()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains("--now: 'yesterday' is not an ISO-8601 date-time such as 2013-02-12T04:30:00");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");
        Run r = run("annotate", missing.toString());
        assertThat(r.code()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains(missing + ": no such file");
    }

    /** Duckling's Arabic time corpus through {@code annotate --lines --now 2013-02-12T04:30:00}: at least 90 %. */
    @Test
    void ducklingCorpusThroughTheCommandLine() throws IOException {
        List<DucklingTimeCorpus.Case> cases = DucklingTimeCorpus.read(SharedData.require("data/dates/time_ar.tsv"));
        List<String> texts = new ArrayList<>();
        cases.forEach(c -> texts.add(c.text()));
        Path in = dir.resolve("time_ar.txt");
        Files.write(in, texts, StandardCharsets.UTF_8);
        Run r = run("annotate", "--lines", "--now", "2013-02-12T04:30:00", in.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(cases.size());
        ObjectMapper m = new ObjectMapper();
        int ok = 0;
        for (int i = 0; i < cases.size(); i++) {
            List<JsonNode> times = new ArrayList<>();
            m.readTree(lines.get(i)).get("times").forEach(times::add);
            JsonNode t = times.stream().max(Comparator.comparingInt(x -> x.get("text").asText().length())).orElse(null);
            if (t != null && cases.get(i).matches(t.get("value").asText(), t.get("grain").asText(),
                    t.path("from").asText(null), t.path("to").asText(null))) {
                ok++;
            }
        }
        double score = ok / (double) cases.size();
        System.out.printf("annotate --lines on Duckling time_ar: %d/%d = %.3f%n", ok, cases.size(), score);
        assertThat(score).isGreaterThanOrEqualTo(0.90);
    }
}
