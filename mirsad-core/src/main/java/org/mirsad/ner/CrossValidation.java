package org.mirsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation over the training part, for choosing features and options without looking
 * at the held-out tenth: each fold is a contiguous block of sentences (so pseudo-documents stay whole
 * and a story is not split between training and scoring), the model is trained on the other folds,
 * and the counts of all folds are pooled into one score.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Pooled scores of {@code folds}-fold cross-validation of {@code sentences}. */
    public static NerEvaluation run(List<ConllSentence> sentences, int folds, NerTrainer.Options options) {
        return run(sentences, List.of(), folds, options);
    }

    /** The same, with {@code extra} sentences added to every fold's training data and never scored. */
    public static NerEvaluation run(List<ConllSentence> sentences, List<ConllSentence> extra, int folds,
            NerTrainer.Options options) {
        return run(sentences, extra, folds, options, true);
    }

    /**
     * The same, each fold tagged a pseudo-document at a time ({@code wholeDocuments}) or sentence by
     * sentence with a running memory (see {@link NerEvaluation#run(NerModel, List, boolean)}).
     */
    public static NerEvaluation run(List<ConllSentence> sentences, List<ConllSentence> extra, int folds,
            NerTrainer.Options options, boolean wholeDocuments) {
        if (folds < 2 || folds > sentences.size()) {
            throw new IllegalArgumentException("folds must be 2.." + sentences.size() + ", got " + folds);
        }
        NerEvaluation pooled = new NerEvaluation();
        for (int f = 0; f < folds; f++) {
            int from = bound(sentences.size(), folds, f);
            int to = bound(sentences.size(), folds, f + 1);
            List<ConllSentence> train = new ArrayList<>(sentences.subList(0, from));
            train.addAll(sentences.subList(to, sentences.size()));
            train.addAll(extra);
            NerModel model = NerTrainer.train(train, options);
            NerEvaluation fold = NerEvaluation.run(model, sentences.subList(from, to), wholeDocuments);
            pooled.addAll(fold);
            pooled.foldF1(fold.f1(0, 1, 2));
        }
        return pooled;
    }

    static int bound(int size, int folds, int f) {
        return (int) ((long) size * f / folds);
    }
}
