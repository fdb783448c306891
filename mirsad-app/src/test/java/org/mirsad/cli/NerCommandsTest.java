package org.mirsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerCommandsTest {

    private static final String CONLL = String.join("\n",
            "قال O", "الرئيس O", "فلاديمير B-PERS", "بوتين I-PERS", "في O", "موسكو B-LOC", ". O", "",
            "وصل O", "سامر B-PERS", "الخطيب I-PERS", "إلى O", "عمان B-LOC", ". O", "");

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            CommandLine cl = MirsadCli.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, bytes.toString(StandardCharsets.UTF_8) + out, err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void tagAppendsThePredictedTagToEveryLineAndKeepsBlankLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("in.txt");
        Files.writeString(f, CONLL);
        Run r = run("tag", "--conll", f.toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        List<String> input = CONLL.lines().toList();
        assertThat(lines).hasSize(input.size());
        for (int i = 0; i < input.size(); i++) {
            if (input.get(i).isEmpty()) {
                assertThat(lines.get(i)).isEmpty();
            } else {
                assertThat(lines.get(i)).startsWith(input.get(i) + " ").matches(".* (O|[BI]-(PERS|LOC|ORG|MISC))");
            }
        }
        assertThat(lines.get(2)).isEqualTo("فلاديمير B-PERS B-PERS");
        assertThat(lines.get(5)).isEqualTo("موسكو B-LOC B-LOC");
    }

    @Test
    void tagNamesAMissingFile() {
        Run r = run("tag", "--conll", "no-such-file.txt");
        assertThat(r.code()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains("no-such-file.txt: no such file");
    }

    @Test
    void trainWritesAModelThatEvalAndTagRead(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("train.txt");
        Files.writeString(data, (CONLL + "\n").repeat(6));
        Path model = dir.resolve("m.bin.gz");
        Run t = run("train", "ner", "--data", data.toString(), "--out", model.toString(), "--bits", "12", "--epochs", "3", "--eval");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(model).isNotEmptyFile();
        assertThat(t.out()).contains("PERS+LOC+ORG").contains("tokens/s");
        Run e = run("eval", "ner", "--data", data.toString(), "--model", model.toString(), "--all", "--warmup", "0");
        assertThat(e.code()).isZero();
        assertThat(e.out()).contains("12 sentences");
    }

    @Test
    void rejectsUnknownModelsAndBadData(@TempDir Path dir) throws Exception {
        assertThat(run("train", "pos").err()).contains("unknown model 'pos'");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "بوتين B-PER\n");
        Run r = run("eval", "ner", "--data", bad.toString());
        assertThat(r.code()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(r.err()).contains(bad + " line 1: unknown tag 'B-PER'");
        Run m = run("tag", "--conll", bad.toString(), "--model", bad.toString());
        assertThat(m.code()).isEqualTo(MirsadCli.BAD_INPUT);
        assertThat(m.err()).contains("not a readable NER model");
    }
}
