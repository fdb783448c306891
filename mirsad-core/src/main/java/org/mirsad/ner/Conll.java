package org.mirsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER files: {@code token TAG} per line (whitespace separated, the token first, the
 * tag last), a blank line between sentences. ANERcorp and {@code mirsad tag --conll} use it.
 */
public final class Conll {

    private Conll() {
    }

    /**
     * Every sentence of {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line of a line with no tag or an unknown tag
     */
    public static List<ConllSentence> read(Path file) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty()) {
                    flush(tokens, tags, out);
                    continue;
                }
                String[] f = t.split("\\s+");
                if (f.length < 2) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": expected 'token TAG', found '" + t + "'");
                }
                String tag = f[f.length - 1];
                if (Labels.index(tag) < 0) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": unknown tag '" + tag
                            + "' (expected O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC or I-MISC)");
                }
                tokens.add(f[0]);
                tags.add(tag);
            }
        }
        flush(tokens, tags, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, List<ConllSentence> out) {
        if (!tokens.isEmpty()) {
            out.add(new ConllSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }

    /** The fixed held-out part: the last tenth of the sentences, never trained on. */
    public static List<ConllSentence> heldOut(List<ConllSentence> all) {
        return all.subList(trainingSize(all), all.size());
    }

    /** Everything before the held-out part. */
    public static List<ConllSentence> trainingPart(List<ConllSentence> all) {
        return all.subList(0, trainingSize(all));
    }

    private static int trainingSize(List<ConllSentence> all) {
        return all.size() - all.size() / 10;
    }
}
