package org.mirsad.stories;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Document frequencies of stems in general Arabic newswire, so that a word's weight is right from
 * the first article: without them, in a corpus of eight articles "كاراباخ" (in four of them) would
 * weigh less than any word used once. The table ({@code background-df.tsv}) is a model trained on
 * ANERcorp (newswire, Benajiba &amp; Rosso 2007; a trained model may ship, the text may not): runs
 * of {@value #SENTENCES_PER_DOCUMENT} consecutive sentences count as one document. Rebuild with
 * {@code java -cp mirsad-core/target/classes:... org.mirsad.stories.BackgroundFrequencies
 * ../shared/data/ner/anercorp-train.txt mirsad-core/src/main/resources/org/mirsad/stories/background-df.tsv}.
 */
final class BackgroundFrequencies {

    static final int SENTENCES_PER_DOCUMENT = 8;
    private static final String RESOURCE = "background-df.tsv";

    private final int documents;
    private final Map<String, Integer> frequency;

    private BackgroundFrequencies(int documents, Map<String, Integer> frequency) {
        this.documents = documents;
        this.frequency = frequency;
    }

    static final BackgroundFrequencies SHIPPED = load();

    int documents() {
        return documents;
    }

    int frequency(String stem) {
        return frequency.getOrDefault(stem, 0);
    }

    private static BackgroundFrequencies load() {
        try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new BackgroundFrequencies(0, Map.of());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int docs = 0;
            Map<String, Integer> df = new HashMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#documents\t")) {
                    docs = Integer.parseInt(line.substring(line.indexOf('\t') + 1).strip());
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    int tab = line.indexOf('\t');
                    df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
                }
            }
            return new BackgroundFrequencies(docs, df);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the table from a CoNLL file (token TAG per line, blank line between sentences). */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BackgroundFrequencies CONLL_FILE OUT_TSV");
            System.exit(1);
        }
        Map<String, Integer> df = new TreeMap<>();
        Set<String> doc = new HashSet<>();
        int sentences = 0;
        int documents = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (++sentences % SENTENCES_PER_DOCUMENT == 0) {
                    doc.forEach(s -> df.merge(s, 1, Integer::sum));
                    doc.clear();
                    documents++;
                }
                continue;
            }
            String token = line.split("\\s+")[0];
            String stem = StoryTerms.stem(org.mirsad.text.ArabicNormalizer.normalize(token));
            if (stem != null && Character.isLetter(stem.charAt(0))) {
                doc.add(stem);
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("# Stem document frequencies in ANERcorp newswire (see BackgroundFrequencies); df >= 2 only\n");
            w.write("#documents\t" + documents + "\n");
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (e.getValue() >= 2) {
                    w.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
        System.out.println(documents + " documents, " + df.size() + " stems");
    }
}
