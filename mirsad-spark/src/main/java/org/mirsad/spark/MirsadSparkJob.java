package org.mirsad.spark;

import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.mirsad.model.Article;
import org.mirsad.model.Rejection;

/**
 * Mirsad over a crawl on Apache Spark. Executors read every input file with Mirsad's readers and run
 * the stateless half of the pipeline (segmentation, outlets, agencies, dates, entities, quotes,
 * events); the driver runs the corpus stages (near-duplicates with the same MinHash/LSH index,
 * stories) over the articles streamed in input order; the tables are written as Parquet.
 *
 * <pre>
 * spark-submit --class org.mirsad.spark.MirsadSparkJob mirsad-spark/target/mirsad-spark-job.jar \
 *     --out /data/mirsad-parquet [--partitions 64] hdfs:///crawl/2025-11/ s3a://bucket/more.warc.gz
 * </pre>
 */
public final class MirsadSparkJob {

    /** What a run did: the ledger of the whole job, which adds up (records = articles' pages + rejected). */
    public record Summary(long articles, long duplicates, long stories, long rejected) {
    }

    private MirsadSparkJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("mirsad-spark: " + e.getMessage());
            System.exit(1);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("mirsad").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.out.printf("articles %d, duplicates %d, stories %d, rejected %d -> %s%n", s.articles(),
                    s.duplicates(), s.stories(), s.rejected(), options.out());
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, JobOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        String inputs = String.join(",", options.inputs());
        var files = options.partitions() > 0 ? jsc.binaryFiles(inputs, options.partitions()) : jsc.binaryFiles(inputs);

        JavaRDD<Analysed> analysed = files.mapPartitions(PageAnalysis::partition)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Article> articles = analysed.filter(x -> x.article() != null)
                .sortBy(Analysed::orderKey, true, Math.max(1, analysed.getNumPartitions()))
                .map(Analysed::article)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Rejection> rejected = analysed.filter(x -> x.rejection() != null).map(Analysed::rejection);

        Map<String, CorpusPlacement.Decision> decisions = CorpusPlacement.decide(articles.toLocalIterator());
        Broadcast<Map<String, CorpusPlacement.Decision>> decided = jsc.broadcast(decisions);
        JavaRDD<Article> placed = articles.map(a -> {
            CorpusPlacement.Decision d = decided.value().get(a.id());
            return a.withDuplicateOf(d.duplicateOf()).withStory(d.story());
        });
        ParquetTables.write(spark, placed, rejected, options.out());

        long duplicates = decisions.values().stream().filter(d -> d.duplicateOf() != null).count();
        long stories = decisions.values().stream().map(CorpusPlacement.Decision::story).distinct().count();
        Summary summary = new Summary(decisions.size(), duplicates, stories, rejected.count());
        analysed.unpersist();
        articles.unpersist();
        return summary;
    }
}
