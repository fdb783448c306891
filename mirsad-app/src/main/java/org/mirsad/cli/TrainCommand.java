package org.mirsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.ner.Conll;
import org.mirsad.ner.ConllSentence;
import org.mirsad.ner.CrossValidation;
import org.mirsad.ner.NerEvaluation;
import org.mirsad.ner.NerModel;
import org.mirsad.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad train ner}: trains the NER tagger on everything but the held-out tenth of the data
 * (the last 10% of sentences, see {@link Conll#heldOut}) and writes the model; {@code --eval} then
 * scores it on the held-out part.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a model. Only 'ner' exists: a linear-chain CRF tagger for PERS/LOC/ORG/MISC.",
                "The last 10%% of the sentences are held out and never trained on."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to train: ner")
    String what;

    @Option(names = "--data", paramLabel = "FILE", description = "CoNLL training data (default: ${DEFAULT-VALUE})",
            defaultValue = NerFiles.DEFAULT_DATA)
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE})",
            defaultValue = "ner-model.bin.gz")
    Path out;

    @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE})", defaultValue = "12")
    int epochs;

    @Option(names = "--bits", description = "Feature hash table of 2^BITS buckets (default: ${DEFAULT-VALUE})",
            defaultValue = "18")
    int bits;

    @Option(names = "--passes", description = "Tagging passes: 2 adds a second pass that reads what the first "
            + "said about each word elsewhere in the document (default: ${DEFAULT-VALUE})", defaultValue = "2")
    int passes;

    @Option(names = "--learner", paramLabel = "crf|perceptron", description = "How the weights are learnt: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "crf", converter = LearnerConverter.class,
            completionCandidates = LearnerNames.class)
    NerTrainer.Learner learner;

    @Option(names = "--eval", description = "Score the new model on the held-out part afterwards.")
    boolean eval;

    @Option(names = "--extra", paramLabel = "FILE", description = "More CoNLL training data, all of it trained on "
            + "(for example Wojood converted by tools/wojood-to-anercorp.py); never scored.")
    Path extra;

    @Option(names = "--folds", paramLabel = "K", description = "Instead of writing a model, print K-fold "
            + "cross-validation scores on the training part (never the held-out tenth): for choosing features.")
    Integer folds;

    @Option(names = "--streaming", description = "With --folds: tag each fold sentence by sentence with a running "
            + "memory (as the entity stage does) instead of a pseudo-document of 20 sentences at a time.")
    boolean streaming;

    @Override
    public Integer call() throws IOException {
        if (!"ner".equals(what)) {
            throw new UserInputException("train: unknown model '" + what + "' (only 'ner' exists)");
        }
        if (bits < 12 || bits > 24 || epochs < 1 || passes < 1 || passes > 2) {
            throw new UserInputException("train: --bits must be 12..24, --epochs at least 1 and --passes 1 or 2");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ConllSentence> all = NerFiles.sentences(data);
        List<ConllSentence> extraSentences = extra == null ? List.of() : NerFiles.sentences(extra);
        List<ConllSentence> train = Conll.trainingPart(all);
        err.printf("training on %d of %d sentences of %s (%s, %d epochs, 2^%d buckets, %d pass%s)%n", train.size(),
                all.size(), data, learner.name().toLowerCase(java.util.Locale.ROOT), epochs, bits, passes,
                passes == 1 ? "" : "es");
        long start = System.nanoTime();
        NerTrainer.Options options = new NerTrainer.Options(bits, epochs, NerTrainer.Options.DEFAULT.seed(), passes,
                learner);
        if (folds != null) {
            if (folds < 2) {
                throw new UserInputException("train: --folds must be at least 2");
            }
            NerEvaluation cv = CrossValidation.run(train, extraSentences, folds, options, !streaming);
            err.printf("%d-fold cross-validation in %.1f s%n", folds, (System.nanoTime() - start) / 1e9);
            spec.commandLine().getOut().print(cv.report());
            spec.commandLine().getOut().flush();
            return MirsadCli.OK;
        }
        List<ConllSentence> trainAll = new java.util.ArrayList<>(train);
        trainAll.addAll(extraSentences);
        NerModel model = NerTrainer.train(trainAll, options);
        err.printf("trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        err.printf("wrote %s (%,d bytes)%n", out, Files.size(out));
        if (eval) {
            spec.commandLine().getOut().print(NerEvaluation.run(model, Conll.heldOut(all)).report());
            spec.commandLine().getOut().flush();
        }
        return MirsadCli.OK;
    }

    /** {@code crf} or {@code perceptron}, in any case. */
    static final class LearnerConverter implements picocli.CommandLine.ITypeConverter<NerTrainer.Learner> {
        @Override
        public NerTrainer.Learner convert(String value) {
            try {
                return NerTrainer.Learner.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown learner '" + value + "' (crf or perceptron)");
            }
        }
    }

    /** The learners' names as the option takes them. */
    static final class LearnerNames extends java.util.ArrayList<String> {
        LearnerNames() {
            for (NerTrainer.Learner l : NerTrainer.Learner.values()) {
                add(l.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
