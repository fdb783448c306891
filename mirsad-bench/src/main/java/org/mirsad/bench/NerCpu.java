package org.mirsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.Mirsad;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.ner.NerModel;
import org.mirsad.ner.Token;
import org.mirsad.ner.Tokenizer;
import org.mirsad.pipeline.Pipeline;

/**
 * CPU time of the NER tagger alone on real articles, warm, one thread: the pages of a corpus are
 * analysed once (which also fills the tagger's word cache, as a crawl would), each article's full text
 * is tokenised the way the entity stage tokenises it, and then the bundled model tags every article as
 * one document ({@link NerModel#labelDocument}, what the entity stage calls) in rounds, each round's
 * thread CPU time printed with a checksum of every label, so two builds can be compared for speed and
 * for identical labels at once. {@link StageCpu}'s entity figure holds the rest of the stage too
 * (mentions, gazetteer search, resolution); {@code mirsad eval ner} times 12,303 tokens of ANERcorp.
 *
 * <pre>{@code java -cp mirsad-bench/target/benchmarks.jar org.mirsad.bench.NerCpu PATH [ROUNDS]}</pre>
 */
public final class NerCpu {

    private NerCpu() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: NerCpu PATH [ROUNDS]   (PATH: anything mirsad extract reads)");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Pipeline pipeline = Mirsad.pipeline();
        List<List<String[]>> documents = new ArrayList<>();
        long tokens = 0;
        for (Page p : CorpusPages.read(args[0])) {
            for (Article a : pipeline.analyse(p)) {
                List<String[]> document = new ArrayList<>();
                for (List<Token> s : Tokenizer.sentences(a.fullText())) {
                    document.add(s.stream().map(Token::text).toArray(String[]::new));
                    tokens += s.size();
                }
                documents.add(document);
            }
        }
        NerModel model = NerModel.bundled();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long checksum = 0;
            long start = cpu.getCurrentThreadCpuTime();
            for (List<String[]> document : documents) {
                for (int[] labels : model.labelDocument(document)) {
                    for (int label : labels) {
                        checksum = checksum * 31 + label;
                    }
                }
            }
            double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            if (r > 0) {
                best = Math.min(best, seconds);
            }
            System.out.printf("round %d: %d articles, %d tokens, %.3f CPU s, %.0f µs per article, %.0f tokens per CPU s,"
                    + " labels checksum %016x%n", r, documents.size(), tokens, seconds, seconds * 1e6 / documents.size(),
                    tokens / seconds, checksum);
        }
        if (rounds > 1) {
            System.out.printf("best warm round: %.0f µs per article, %.0f tokens per CPU s%n",
                    best * 1e6 / documents.size(), tokens / best);
        }
    }
}
