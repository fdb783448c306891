package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalSegmentCommandTest {

    @Test
    void measuresAFolderOfScrapedArticles(@TempDir Path dir) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 60; i++) {
            json.append(i == 0 ? "" : ",").append("{\"source\":\"o\",\"title\":\"عنوان ").append(i)
                    .append("\",\"content\":\"خبر رقم ").append(i).append(" عن الطقس في المدينة.\\n\\nخدمة الصحيفة الخاصة\"}");
        }
        gzip(dir.resolve("day.json.gz"), json.append("]").toString());
        Result r = run("eval", "segment", "--corpus", dir.toString());
        assertThat(r.code).isEqualTo(MirsadCli.OK);
        assertThat(r.out).contains("60 articles, 1 outlets; 1 lines recur")
                .containsPattern("learned first \\(stored learner\\)\\s+0\\.00% \\(0 of 60\\)")
                .containsPattern("phrase table only\\s+100\\.00% \\(60 of 60\\)");
    }

    @Test
    void missingCorpusIsAUserErrorNamingTheFolder(@TempDir Path dir) {
        Result r = run("eval", "segment", "--corpus", dir.resolve("nope").toString());
        assertThat(r.code).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err).contains("nope: no such folder");
    }

    @Test
    void brokenJsonNamesTheFile(@TempDir Path dir) throws IOException {
        gzip(dir.resolve("bad.json.gz"), "[{\"source\": \"o\", \"content\": ");
        Result r = run("eval", "segment", "--corpus", dir.toString());
        assertThat(r.code).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err).contains("bad.json.gz: not valid JSON");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        CommandLine cl = MirsadCli.commandLine();
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cl.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
