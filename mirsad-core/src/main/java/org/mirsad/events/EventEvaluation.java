package org.mirsad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mirsad.read.SaudiNewsNetFiles;

/**
 * Sentence-level event detection measured on Mirsad's development set ({@code devset.tsv}): real
 * SaudiNewsNet sentences, annotated by hand for whether an ASSAULT or a PROTEST takes place in them,
 * hard negatives included (condemnations, plans, football "attacks", executions). The file points at
 * the sentences (file, record, offsets, hash) rather than holding them, since the corpus may not be
 * copied; {@link #run(Path)} reads them from the corpus folder.
 */
public final class EventEvaluation {

    /** Precision, recall and F1 of one event type. */
    public record Score(String type, int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One annotated sentence of the development set. */
    public record Item(String file, int record, int start, int length, String sha1, boolean assault, boolean protest) {
    }

    /** What a run found: a score per type, and the sentences it got wrong (for whoever tunes the lexicon). */
    public record Result(int sentences, List<Score> scores, List<String> errors) {
    }

    private final EventExtractor extractor;

    public EventEvaluation(EventExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * The annotated samples: the development set the lexicon was tuned on, and two held-out test sets
     * (other records, sampled and annotated later by the same rules; the first one's errors were read
     * once, the second is measured after the last lexicon change).
     */
    public enum Sample {
        DEV("devset.tsv", "development set"), TEST("testset.tsv", "first held-out test set"),
        TEST2("testset2.tsv", "second held-out test set");

        private final String resource;
        private final String title;

        Sample(String resource, String title) {
            this.resource = resource;
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public static List<Item> devSet() {
        return items(Sample.DEV);
    }

    public static List<Item> items(Sample sample) {
        List<Item> out = new ArrayList<>();
        try (InputStream in = EventEvaluation.class.getResourceAsStream(sample.resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(new Item(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]), c[4],
                        "1".equals(c[5]), "1".equals(c[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Runs the development set against the SaudiNewsNet folder.
     *
     * @throws IllegalArgumentException naming the file and record when a sentence is not where the
     *                                  development set says (another version of the corpus)
     */
    public Result run(Path corpus) throws IOException {
        return run(corpus, Sample.DEV);
    }

    /** Runs one annotated sample against the SaudiNewsNet folder. */
    public Result run(Path corpus, Sample sample) throws IOException {
        List<Item> items = items(sample);
        Map<String, Map<Integer, String>> contents = contents(corpus, items);
        int[] assault = new int[3];
        int[] protest = new int[3];
        List<String> errors = new ArrayList<>();
        for (Item item : items) {
            String content = contents.get(item.file()).get(item.record());
            if (content == null) {
                throw new IllegalArgumentException(item.file() + " record " + item.record() + ": not in the corpus");
            }
            int from = content.offsetByCodePoints(0, item.start());
            int to = content.offsetByCodePoints(from, item.length());
            String sentence = content.substring(from, to);
            if (!sha1(sentence).equals(item.sha1())) {
                throw new IllegalArgumentException(item.file() + " record " + item.record()
                        + ": the sentence at " + item.start() + " is not the annotated one (another corpus version?)");
            }
            var found = extractor.extract(sentence, List.of(), 2015);
            boolean a = found.stream().anyMatch(e -> e.type().equals("ASSAULT"));
            boolean p = found.stream().anyMatch(e -> e.type().equals("PROTEST"));
            count(assault, a, item.assault());
            count(protest, p, item.protest());
            if (a != item.assault() || p != item.protest()) {
                errors.add((item.assault() ? "A" : "-") + (item.protest() ? "P" : "-") + " got "
                        + (a ? "A" : "-") + (p ? "P" : "-") + "  " + sentence);
            }
        }
        return new Result(items.size(), List.of(score("ASSAULT", assault), score("PROTEST", protest)), errors);
    }

    private static void count(int[] c, boolean predicted, boolean gold) {
        if (predicted && gold) {
            c[0]++;
        } else if (predicted) {
            c[1]++;
        } else if (gold) {
            c[2]++;
        }
    }

    private static Score score(String type, int[] c) {
        return new Score(type, c[0], c[1], c[2]);
    }

    /** The contents of the records the development set names, read once per file (streamed). */
    private static Map<String, Map<Integer, String>> contents(Path corpus, List<Item> items) throws IOException {
        Map<String, Map<Integer, String>> wanted = new TreeMap<>();
        for (Item i : items) {
            wanted.computeIfAbsent(i.file(), f -> new HashMap<>()).put(i.record(), null);
        }
        for (Map.Entry<String, Map<Integer, String>> e : wanted.entrySet()) {
            Map<Integer, String> records = e.getValue();
            SaudiNewsNetFiles.forEach(corpus.resolve(e.getKey()), r -> {
                if (records.containsKey(r.number())) {
                    records.put(r.number(), r.text("content"));
                }
            });
        }
        return wanted;
    }

    static String sha1(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
