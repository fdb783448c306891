package org.mirsad.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures of one {@code mirsad bench} run (printed as one JSON object with {@code --json}, names in
 * snake case). Rates are per second of wall-clock time unless the name says CPU; "records" are the
 * input records (pages) every measurement read, "articles" what Mirsad made of them. The ratios
 * compare rates over the same records, so they do not depend on how many articles a page held.
 * {@code extractWarmupArticlesPerS} and {@code extractWarmupArticlesPerCpuS} are the rates of the untimed
 * warm-up (the cold start, over an edited copy of the timed records), 0 without one.
 */
public record BenchReport(
        String corpus,
        int replicate,
        long records,
        long articles,
        int cores,
        String javaVersion,
        long maxHeapMb,
        long extractWarmupRecords,
        double extractWarmupArticlesPerS,
        double extractWarmupArticlesPerCpuS,
        double extractSeconds,
        double extractArticlesPerS,
        // Jackson's snake case would make "per_sper_core" of the capital S.
        @JsonProperty("extract_articles_per_s_per_core") double extractArticlesPerSPerCore,
        double extractArticlesPerCpuS,
        double ingestSeconds,
        long ingestArticles,
        double ingestArticlesPerS,
        double luceneTokenizeDocsPerS,
        double luceneIndexSeconds,
        double luceneIndexDocsPerS,
        double extractPerCoreVsLuceneTokenize,
        double ingestVsLuceneIndex,
        long heapPeakMb,
        long heapLivePeakMb,
        int searchQueries,
        double searchP50Ms,
        double searchP99Ms,
        double searchMaxMs) {
}
