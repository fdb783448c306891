package org.mirsad.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mirsad.Mirsad;
import org.mirsad.dedup.DedupConfig;
import org.mirsad.dedup.Fingerprinter;
import org.mirsad.events.EventStage;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.ner.NerModel;
import org.mirsad.ner.Token;
import org.mirsad.ner.Tokenizer;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.segment.PageSegmenter;
import org.mirsad.stories.StoryStage;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.ArabicTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot stages, each over the demo corpus's text pages (one operation = the whole corpus, so the
 * score in ops/s times the page or article count is pages/s or articles/s). Run with
 * {@code mvn -q -pl mirsad-bench -am package -DskipTests && java -jar mirsad-bench/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {

    List<Page> pages;
    List<Article> articles;
    List<String> texts;
    PageSegmenter segmenter;
    EventStage events;
    Pipeline pipeline;
    NerModel ner;
    List<String[]> sentences;
    Fingerprinter fingerprinter;

    @Setup(Level.Trial)
    public void load() {
        pipeline = Mirsad.pipeline();
        pages = DemoPages.textPages();
        articles = DemoPages.analysed(pipeline);
        texts = articles.stream().map(Article::fullText).toList();
        segmenter = new PageSegmenter();
        events = new EventStage();
        ner = NerModel.bundled();
        sentences = texts.stream().flatMap(t -> Tokenizer.sentences(t).stream())
                .map(s -> s.stream().map(Token::text).toArray(String[]::new)).toList();
        fingerprinter = new Fingerprinter(DedupConfig.DEFAULT);
    }

    /** The NER tagger alone (features and Viterbi decoding), sentence by sentence, as tokenised for it. */
    @Benchmark
    public void nerTagger(Blackhole bh) {
        for (String[] s : sentences) {
            bh.consume(ner.labels(s));
        }
    }

    /** Near-duplicate fingerprints: shingles, MinHash signature and LSH band keys of each article. */
    @Benchmark
    public void minHash(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(fingerprinter.of(a));
        }
    }

    @Benchmark
    public void normalize(Blackhole bh) {
        for (String t : texts) {
            bh.consume(ArabicNormalizer.normalize(t));
        }
    }

    @Benchmark
    public void tokenize(Blackhole bh) {
        for (String t : texts) {
            bh.consume(ArabicTokenizer.tokenize(t));
        }
    }

    @Benchmark
    public void segment(Blackhole bh) {
        for (Page p : pages) {
            bh.consume(segmenter.segment(p));
        }
    }

    @Benchmark
    public void events(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(events.apply(a));
        }
    }

    /**
     * Story assignment into a clusterer that already holds the corpus once (a warm index): each run
     * provisionally placed, then settled (placed for good in the canonical order).
     */
    @Benchmark
    public void storyAssignment(Blackhole bh) {
        StoryStage stories = new StoryStage();
        for (Article a : articles) {
            stories.apply(a);
        }
        stories.clusterer().settle();
        List<Article> again = new java.util.ArrayList<>(articles.size());
        for (Article a : articles) {
            again.add(stories.apply(a.withId(a.id() + "'")));
        }
        for (Article a : again) {
            bh.consume(stories.settle(a));
        }
    }

    /** Every stateless stage: what an executor or an ingest thread does per page. */
    @Benchmark
    public void analyse(Blackhole bh) {
        for (Page p : pages) {
            bh.consume(pipeline.analyse(p));
        }
    }
}
