package org.mirsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.Mirsad;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.pipeline.CorpusStage;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.pipeline.Stage;
import org.mirsad.segment.PageSegmenter;
import org.mirsad.tokens.ArticleTokens;

/**
 * CPU time of the stateless half of extract on real records, warm, one thread: the pages of a corpus
 * are read into memory, then analysed (segmenter and every stateless stage) in rounds, each round's
 * thread CPU time printed; then each stateless stage alone over the analysed articles, the least CPU
 * time per article of three passes. Before the stages, reading the pages into articles is timed in two
 * lines, per article too: the page steps ("page steps": HTML extraction, outlet signatures) and the
 * segmenter alone ("segmenter"). The article's shared tokens ({@link ArticleTokens}), which the pipeline
 * makes once for all stages, are timed on their own line ("tokens") and handed to each stage as the
 * pipeline hands them. Thread CPU time, not wall time: on a shared machine the wall clock
 * mostly measures the queue for a core. Of the corpus stages (dedup, stories) only the half the pipeline's
 * workers do is timed ({@link CorpusStage#prepare}: "dedup prep", "stories prep"; their fingerprints and terms
 * are left unused); reading, JSON output, placing in input order and the JIT's warm-up (round 0) are left out,
 * which {@code mirsad bench} counts.
 *
 * <pre>{@code java -cp mirsad-bench/target/benchmarks.jar org.mirsad.bench.StageCpu PATH [ROUNDS]}</pre>
 */
public final class StageCpu {

    private static final int STAGE_PASSES = 3;

    private StageCpu() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: StageCpu PATH [ROUNDS]   (PATH: anything mirsad extract reads)");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Pipeline pipeline = Mirsad.pipeline();
        List<Page> pages = CorpusPages.read(args[0]);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Article> analysed = new ArrayList<>();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            analysed.clear();
            long start = cpu.getCurrentThreadCpuTime();
            for (Page p : pages) {
                analysed.addAll(pipeline.analyse(p));
            }
            double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            if (r > 0) {
                best = Math.min(best, seconds);
            }
            System.out.printf("round %d: %d articles, %.2f CPU s, %.0f articles per CPU s%n", r, analysed.size(),
                    seconds, analysed.size() / seconds);
        }
        if (rounds > 1) {
            System.out.printf("best warm round: %.0f articles per CPU s%n", analysed.size() / best);
        }
        Map<String, Long> perStage = new LinkedHashMap<>();
        List<ArticleTokens> tokens = new ArrayList<>(analysed.size());
        PageSegmenter segmenter = new PageSegmenter(); // the segmenter Mirsad.pipeline() builds
        List<Page> prepared = new ArrayList<>(pages.size());
        for (int pass = 0; pass < STAGE_PASSES; pass++) {
            // reading the page into articles: the page steps (HTML, outlet signatures), then the segmenter
            prepared.clear();
            long start = cpu.getCurrentThreadCpuTime();
            for (Page p : pages) {
                prepared.add(pipeline.prepare(p));
            }
            perStage.merge("page steps", cpu.getCurrentThreadCpuTime() - start, Math::min);
            start = cpu.getCurrentThreadCpuTime();
            for (Page p : prepared) {
                segmenter.segment(p);
            }
            perStage.merge("segmenter", cpu.getCurrentThreadCpuTime() - start, Math::min);
            tokens.clear();
            start = cpu.getCurrentThreadCpuTime();
            for (Article a : analysed) {
                ArticleTokens t = ArticleTokens.of(a);
                t.sentences(); // tokenised now, as the first stage that reads words would
                tokens.add(t);
            }
            perStage.merge("tokens", cpu.getCurrentThreadCpuTime() - start, Math::min);
            for (Stage s : pipeline.stages()) {
                start = cpu.getCurrentThreadCpuTime();
                if (s instanceof CorpusStage c) {
                    // only the half a worker does (CorpusStage.prepare): placing needs the input order
                    for (int i = 0; i < analysed.size(); i++) {
                        c.prepare(analysed.get(i), tokens.get(i));
                    }
                    perStage.merge(s.name() + " prep", cpu.getCurrentThreadCpuTime() - start, Math::min);
                    continue;
                }
                for (int i = 0; i < analysed.size(); i++) {
                    s.apply(analysed.get(i), tokens.get(i));
                }
                perStage.merge(s.name(), cpu.getCurrentThreadCpuTime() - start, Math::min);
            }
        }
        int n = Math.max(1, analysed.size());
        perStage.forEach((name, nanos) -> System.out.printf("  %-11s %6.0f µs of CPU per article%n", name, nanos / 1e3 / n));
    }
}
