package org.mirsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.ner.Memory;
import org.mirsad.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mirsad tag --conll FILE}: reads {@code token [TAG]} lines (blank line between sentences) and
 * writes every line with the predicted BIO tag appended; blank lines stay. Streams one sentence at a time.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tags CoNLL input with the NER model: each 'token TAG' line is written back with the",
                "predicted tag (B-PERS, I-LOC, ..., O) appended. FILE may be - for stdin."})
final class TagCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, description = "Input is CoNLL: first column the token.")
    boolean conll;

    @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL file, or - for stdin")
    String file;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the bundled model)")
    Path model;

    @Override
    public Integer call() throws IOException {
        NerModel m = NerFiles.model(model);
        BufferedReader in;
        if ("-".equals(file)) {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                throw new UserInputException(file + ": no such file");
            }
            in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        try (in) {
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    flush(m, lines, out);
                    out.println(line);
                } else {
                    lines.add(line);
                }
            }
            flush(m, lines, out);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserInputException(file + ": not UTF-8 text");
        }
        out.flush();
        return MirsadCli.OK;
    }

    /** Documents are unknown in CoNLL input: pseudo-documents of a fixed size, as in training and eval. */
    private final Memory memory = new Memory();
    private int sentences;

    private void flush(NerModel m, List<String> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        if (sentences++ % Memory.SENTENCES_PER_DOCUMENT == 0) {
            memory.clear();
        }
        String[] tokens = new String[lines.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = lines.get(i).strip().split("\\s+", 2)[0];
        }
        String[] tags = m.tag(tokens, memory);
        for (int i = 0; i < tokens.length; i++) {
            out.println(lines.get(i) + " " + tags[i]);
        }
        lines.clear();
    }
}
