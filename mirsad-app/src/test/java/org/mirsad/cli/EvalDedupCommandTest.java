package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.json.Json;
import picocli.CommandLine;

class EvalDedupCommandTest {

    private static final String STORY = "أعلنت الهيئة العامة للإحصاء اليوم ارتفاع معدل التضخم في المملكة إلى اثنين في المائة "
            + "خلال الشهر الماضي مقارنة بالشهر نفسه من العام السابق\nوقالت الهيئة في تقريرها الشهري إن أسعار السكن "
            + "والمياه والكهرباء كانت المحرك الأكبر للارتفاع تليها أسعار الأغذية والمشروبات";
    private static final String OTHER = "افتتح وزير التعليم مدرسة جديدة في حي النسيم شرق الرياض تتسع لألف ومائتي طالب "
            + "وتضم مختبرات حديثة وملاعب مغطاة ومكتبة رقمية";

    @TempDir
    Path dir;

    @Test
    void reportsRecallPrecisionAndF1OnASmallCorpus() throws IOException {
        writeCorpus(dir.resolve("2015-07-21.json.gz"), STORY, STORY.replace("\n", " "), OTHER, "التضخم يرتفع");
        String[] out = new String[1];
        int code = run(out, "eval", "dedup", "--corpus", dir.toString());
        assertThat(code).isZero();
        assertThat(out[0]).contains("(4 articles)")
                .contains("reference: 1 pairs with word 5-gram Jaccard >= 0.8")
                .contains("recall 1.0000 (1/1)  precision 1.0000 (1/1 with Jaccard >= 0.5)  F1 1.0000")
                .contains("same groups in file order and shuffled (seed 17): yes");
    }

    @Test
    void benchmarkReportsThroughputAndMemory() throws IOException {
        writeCorpus(dir.resolve("a.json.gz"), STORY, OTHER);
        String[] out = new String[1];
        assertThat(run(out, "eval", "dedup", "--corpus", dir.toString(), "--replicate", "3")).isZero();
        assertThat(out[0]).contains("benchmark: 6 articles (3 copies, random edits)").contains("articles per CPU second")
                .contains("bytes/article");
    }

    @Test
    void missingCorpusIsAUserError() {
        StringWriter err = new StringWriter();
        CommandLine cl = MirsadCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("eval", "dedup", "--corpus", dir.resolve("nothing").toString());
        assertThat(code).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("mirsad: --corpus " + dir.resolve("nothing") + ": no such file or directory"
                + System.lineSeparator());
    }

    @Test
    void badBandsAreAUserError() throws IOException {
        writeCorpus(dir.resolve("a.json.gz"), STORY);
        String[] out = new String[1];
        assertThat(run(out, "eval", "dedup", "--corpus", dir.toString(), "--bands", "30")).isEqualTo(MirsadCli.BAD_INPUT);
    }

    private static int run(String[] out, String... args) {
        StringWriter sw = new StringWriter();
        CommandLine cl = MirsadCli.commandLine();
        cl.setOut(new PrintWriter(sw, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        out[0] = sw.toString();
        return code;
    }

    private static void writeCorpus(Path file, String... contents) throws IOException {
        ArrayNode array = Json.mapper().createArrayNode();
        int i = 0;
        for (String c : contents) {
            ObjectNode o = array.addObject();
            o.put("source", "outlet" + (i % 2));
            o.put("url", "http://example.org/" + i++);
            o.put("date_extracted", "2015-07-21 10:00:00");
            o.put("title", "عنوان");
            o.put("author", "");
            o.put("content", c);
        }
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
            os.write(Json.mapper().writeValueAsBytes(array));
        }
    }
}
