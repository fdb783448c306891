package org.mirsad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entity-level exact-span scores (CoNLL's conlleval definition: a predicted entity counts only when its
 * type, start and end all equal a gold entity's), per type and micro-averaged, and the tagging speed.
 */
public final class NerEvaluation {

    private final int[] truePositives = new int[Labels.TYPES.size()];
    private final int[] predicted = new int[Labels.TYPES.size()];
    private final int[] gold = new int[Labels.TYPES.size()];
    private long tokens;
    private long nanos;
    /** PERS+LOC+ORG F1 of each fold pooled into this one by cross-validation, in fold order (for the spread). */
    private final List<Double> foldF1 = new ArrayList<>();

    /**
     * Tags every sentence with {@code model}, a pseudo-document of {@link Memory#SENTENCES_PER_DOCUMENT}
     * sentences at a time (as the trainer groups them), and scores it against the gold tags.
     */
    public static NerEvaluation run(NerModel model, List<ConllSentence> sentences) {
        return run(model, sentences, true);
    }

    /**
     * The same; with {@code wholeDocuments} false the sentences are tagged one by one with a running
     * {@link Memory} instead, as a caller that streams sentences does (a second pass then sees only the
     * votes of the sentences so far).
     */
    public static NerEvaluation run(NerModel model, List<ConllSentence> sentences, boolean wholeDocuments) {
        NerEvaluation e = new NerEvaluation();
        List<String[]> inputs = new ArrayList<>();
        for (ConllSentence s : sentences) {
            inputs.add(s.tokenArray());
        }
        List<int[]> out = new ArrayList<>(inputs.size());
        // CPU time of this thread, not wall time: the figure stays honest on a machine shared with other jobs
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        int per = Memory.SENTENCES_PER_DOCUMENT;
        if (wholeDocuments) {
            for (int k = 0; k < inputs.size(); k += per) {
                out.addAll(model.labelDocument(inputs.subList(k, Math.min(inputs.size(), k + per))));
            }
        } else {
            Memory memory = new Memory();
            for (int k = 0; k < inputs.size(); k++) {
                if (k % per == 0) {
                    memory.clear();
                }
                out.add(model.labels(inputs.get(k), memory));
            }
        }
        e.nanos = cpu.getCurrentThreadCpuTime() - start;
        for (int k = 0; k < sentences.size(); k++) {
            int[] g = sentences.get(k).tags().stream().mapToInt(Labels::index).toArray();
            e.add(g, out.get(k));
            e.tokens += g.length;
        }
        return e;
    }

    /** Adds another evaluation's counts and time to this one (pooling folds). */
    void addAll(NerEvaluation other) {
        for (int t = 0; t < gold.length; t++) {
            truePositives[t] += other.truePositives[t];
            predicted[t] += other.predicted[t];
            gold[t] += other.gold[t];
        }
        tokens += other.tokens;
        nanos += other.nanos;
    }

    /** Records one fold's PERS+LOC+ORG F1 ({@link CrossValidation} pools the counts; this keeps the spread). */
    void foldF1(double f1) {
        foldF1.add(f1);
    }

    void add(int[] goldLabels, int[] predictedLabels) {
        Set<LabelSpan> g = new HashSet<>(LabelSpan.of(goldLabels));
        for (LabelSpan s : g) {
            gold[s.type()]++;
        }
        for (LabelSpan p : LabelSpan.of(predictedLabels)) {
            predicted[p.type()]++;
            if (g.contains(p)) {
                truePositives[p.type()]++;
            }
        }
    }

    /** F1 over the given types together (micro average). */
    public double f1(int... types) {
        int tp = 0, p = 0, g = 0;
        for (int t : types) {
            tp += truePositives[t];
            p += predicted[t];
            g += gold[t];
        }
        double precision = p == 0 ? 0 : (double) tp / p;
        double recall = g == 0 ? 0 : (double) tp / g;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public double tokensPerSecond() {
        return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }

    /** A small table: precision, recall, F1 and counts per type, PERS+LOC+ORG together, all four, speed. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found"));
        for (int t = 0; t < Labels.TYPES.size(); t++) {
            line(sb, Labels.TYPES.get(t), t);
        }
        line(sb, "PERS+LOC+ORG", 0, 1, 2);
        line(sb, "all four", 0, 1, 2, 3);
        if (!foldF1.isEmpty()) {
            java.util.DoubleSummaryStatistics stats = foldF1.stream().mapToDouble(Double::doubleValue).summaryStatistics();
            sb.append("PERS+LOC+ORG F1 per fold:");
            foldF1.forEach(f -> sb.append(String.format(Locale.ROOT, " %.4f", f)));
            sb.append(String.format(Locale.ROOT, " (mean %.4f, min %.4f, max %.4f)%n", stats.getAverage(),
                    stats.getMin(), stats.getMax()));
        }
        sb.append(String.format(Locale.ROOT, "%d tokens tagged in %.3f s of CPU time: %,.0f tokens/s (one thread)%n",
                tokens, nanos / 1e9, tokensPerSecond()));
        return sb.toString();
    }

    private void line(StringBuilder sb, String name, int... types) {
        int tp = 0, p = 0, g = 0;
        for (int t : types) {
            tp += truePositives[t];
            p += predicted[t];
            g += gold[t];
        }
        sb.append(String.format(Locale.ROOT, "%-14s %9.4f %9.4f %9.4f %7d %7d%n", name,
                p == 0 ? 0 : (double) tp / p, g == 0 ? 0 : (double) tp / g, f1(types), g, p));
    }
}
