package org.mirsad.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.mirsad.segment.BoilerplateLearner;
import org.mirsad.segment.PageSegmenter;
import org.mirsad.segment.SegmentationEvaluation;
import org.mirsad.segment.SegmentationEvaluation.Figures;
import org.mirsad.segment.SegmentationEvaluation.Sample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad eval segment}: how clean segmentation leaves SaudiNewsNet (or any folder of
 * SaudiNewsNet-style {@code *.json.gz} arrays of {source, title, content}); see
 * {@link SegmentationEvaluation} for the two figures and docs/segmentation.md for results.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Measures segmentation on SaudiNewsNet: the share of articles whose cleaned text still holds a "
                + "line recurring in >=2%% of the outlet's articles, and the share of sentences kept in articles "
                + "without boilerplate; for the phrase table alone, with boilerplate learned incrementally, and "
                + "learned from the whole corpus first (as from a stored learner).")
final class EvalSegmentCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/data/news/saudinewsnet",
            description = "Folder of *.json.gz files (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--by-outlet", description = "Also print the figures of each outlet (learned-first mode).")
    boolean byOutlet;

    @Spec
    CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        List<Path> files = files();
        PrintWriter out = spec.commandLine().getOut();
        var truth = new SegmentationEvaluation.RecurringLines();
        var learnedFirst = new BoilerplateLearner();
        int[] n = {0};
        each(files, s -> {
            truth.observe(s);
            learnedFirst.observe(s.outlet(), List.of(s.content().split("\\R")));
            n[0]++;
        });
        int recurring = truth.summary().values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "corpus: %s, %d files, %d articles, %d outlets; %d lines recur in >=2%% of an outlet's articles%n",
                corpus, files.size(), n[0], truth.summary().size(), recurring);
        out.printf(Locale.ROOT, "%-34s %-34s %-36s %s%n", "mode", "articles still holding such a line",
                "sentences kept (boilerplate-free)", "seconds");
        run("phrase table only", new PageSegmenter(), truth, files, out);
        run("learned incrementally (one pass)", new PageSegmenter(new BoilerplateLearner()), truth, files, out);
        SegmentationEvaluation last = run("learned first (stored learner)", new PageSegmenter(learnedFirst, false), truth,
                files, out);
        if (byOutlet) {
            out.printf(Locale.ROOT, "%nrecurring lines (the yardstick), by outlet:%n");
            truth.lines().forEach((outlet, lines) -> lines.forEach(l -> out.printf(Locale.ROOT, "  %-14s %s%n", outlet,
                    l.length() > 70 ? l.substring(0, 70) + "…" : l)));
            out.printf(Locale.ROOT, "%nby outlet (learned first): outlet, articles, still holding, sentences kept%n");
            last.byOutlet().forEach((outlet, f) -> out.printf(Locale.ROOT, "  %-14s %6d  %6.2f%% (%d)  %7.2f%%%n", outlet,
                    f.articles(), 100 * f.recurringShare(), f.withRecurringLine(), 100 * f.keptShare()));
        }
        out.flush();
        return MirsadCli.OK;
    }

    private SegmentationEvaluation run(String mode, PageSegmenter segmenter, SegmentationEvaluation.RecurringLines truth,
                                       List<Path> files, PrintWriter out) throws IOException {
        long t0 = System.nanoTime();
        var eval = new SegmentationEvaluation(segmenter, truth);
        each(files, eval::add);
        Figures f = eval.total();
        out.printf(Locale.ROOT, "%-34s %6.2f%% (%d of %d)%13s %6.2f%% (%d of %d sentences, %d articles) %6.1f%n", mode,
                100 * f.recurringShare(), f.withRecurringLine(), f.articles(), "", 100 * f.keptShare(), f.sentencesKept(),
                f.sentences(), f.boilerplateFree(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        return eval;
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new UserInputException(corpus + ": no such folder (give the SaudiNewsNet folder with --corpus)");
        }
        try (var s = Files.list(corpus)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
            if (files.isEmpty()) {
                throw new UserInputException(corpus + ": no *.json.gz files in it");
            }
            return files;
        }
    }

    /** Streams every article of every file, one at a time (bounded memory). */
    private void each(List<Path> files, Consumer<Sample> sink) throws IOException {
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f));
                 JsonParser p = mapper.getFactory().createParser(in)) {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new UserInputException(f + ": expected a JSON array of articles");
                }
                int record = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    record++;
                    JsonNode a = mapper.readTree(p);
                    if (!a.hasNonNull("source") || !a.hasNonNull("content")) {
                        throw new UserInputException(f + ": record " + record + " has no source or content");
                    }
                    sink.accept(new Sample(a.get("source").asText(), a.path("title").asText(""), a.get("content").asText()));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UserInputException(f + ": not valid JSON: " + e.getOriginalMessage());
            }
        }
    }
}
