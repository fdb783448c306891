package org.mirsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.events.EventEvaluation;
import org.mirsad.events.EventExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval events}: sentence-level precision, recall and F1 per type on the development set. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Sentence-level event detection on Mirsad's hand-annotated development set of real",
                "SaudiNewsNet sentences (hard negatives included): precision, recall and F1 per type."})
final class EvalEventsCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/data/news/saudinewsnet",
            description = "SaudiNewsNet folder the development set points into (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--set", paramLabel = "dev|test|test2", defaultValue = "dev",
            description = "Which annotated sample: dev (the lexicon was tuned on it), test or test2 (held out). Default: ${DEFAULT-VALUE}")
    String set;

    @Option(names = "--errors", description = "Also print the sentences it got wrong.")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new UserInputException("--corpus " + corpus + ": no such directory");
        }
        EventEvaluation.Sample sample = switch (set) {
            case "dev" -> EventEvaluation.Sample.DEV;
            case "test" -> EventEvaluation.Sample.TEST;
            case "test2" -> EventEvaluation.Sample.TEST2;
            default -> throw new UserInputException("--set " + set + ": expected dev, test or test2");
        };
        EventEvaluation.Result r;
        try {
            r = new EventEvaluation(new EventExtractor()).run(corpus, sample);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d sentences%n", sample.title(), r.sentences());
        out.printf("%-8s %4s %4s %4s %9s %7s %5s%n", "type", "tp", "fp", "fn", "precision", "recall", "F1");
        for (EventEvaluation.Score s : r.scores()) {
            out.printf(Locale.ROOT, "%-8s %4d %4d %4d %9.3f %7.3f %5.3f%n", s.type(), s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
        }
        if (errors) {
            r.errors().forEach(out::println);
        }
        out.flush();
        return MirsadCli.OK;
    }
}
