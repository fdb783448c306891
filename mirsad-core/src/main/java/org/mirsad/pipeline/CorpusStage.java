package org.mirsad.pipeline;

/**
 * A stage that holds state across articles (duplicate groups, stories). The state lives behind the
 * implementation (in memory for {@code extract}, in the data directory for {@code ingest}, shared
 * across partitions on Spark); the pipeline calls it after every stateless stage, in input order.
 */
public interface CorpusStage extends Stage {
}
