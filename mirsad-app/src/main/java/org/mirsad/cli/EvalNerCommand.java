package org.mirsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.ner.Conll;
import org.mirsad.ner.ConllSentence;
import org.mirsad.ner.NerEvaluation;
import org.mirsad.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad eval ner}: entity-level exact-span precision, recall and F1 per type on the held-out
 * tenth of the data (or on a whole other file with {@code --all}), and the tagging speed. The speed is
 * measured after {@code --warmup} untimed passes so that the JIT has compiled the hot loop, as the
 * median of {@code --runs} timed passes.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Scores the NER model: exact-span P/R/F1 per type on held-out data, and tokens per second.")
final class EvalNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "CoNLL data (default: ${DEFAULT-VALUE})",
            defaultValue = NerFiles.DEFAULT_DATA)
    Path data;

    @Option(names = "--all", description = "Score every sentence of --data (a file never trained on), not its held-out tenth.")
    boolean all;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the bundled model)")
    Path model;

    @Option(names = "--warmup", description = "Untimed passes before the timed ones (default: ${DEFAULT-VALUE})",
            defaultValue = "10")
    int warmup;

    @Option(names = "--runs", description = "Timed passes; the one of median speed is reported (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    int runs;

    @Option(names = "--streaming", description = "Tag sentence by sentence with a running memory (as the entity "
            + "stage does) instead of a pseudo-document of 20 sentences at a time.")
    boolean streaming;

    @Override
    public Integer call() {
        List<ConllSentence> sentences = NerFiles.sentences(data);
        List<ConllSentence> test = all ? sentences : Conll.heldOut(sentences);
        NerModel m = NerFiles.model(model);
        for (int i = 0; i < warmup; i++) {
            NerEvaluation.run(m, test, !streaming);
        }
        if (runs < 1) {
            throw new UserInputException("eval ner: --runs must be at least 1");
        }
        // the held-out tenth is 20 ms of work: one pass swings by 2x on a shared machine, the median of a few does not
        List<NerEvaluation> timed = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            timed.add(NerEvaluation.run(m, test, !streaming));
        }
        timed.sort(java.util.Comparator.comparingDouble(NerEvaluation::tokensPerSecond));
        spec.commandLine().getOut().printf("%s: %d sentences%s%n", data, test.size(), all ? "" : " (held-out last 10%)");
        spec.commandLine().getOut().print(timed.get(runs / 2).report());
        spec.commandLine().getOut().printf("speed: the median of %d timed passes, after %d untimed%n", runs, warmup);
        spec.commandLine().getOut().flush();
        return MirsadCli.OK;
    }
}
