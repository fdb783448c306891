package org.mirsad.ingest;

import java.util.Map;
import org.mirsad.store.RunTotals;

/**
 * The outcome of one ingest run.
 *
 * @param runId           the row in the {@code runs} table
 * @param totals          records read = stored + duplicate + rejected + already ingested
 * @param pagesRead       records the readers could read at all (the rest were rejected by a reader)
 * @param rejectedReasons rejection reasons (text before the first ':') with their counts, most first
 * @param reindexed       articles of an earlier, interrupted run added to the index at the start
 */
public record IngestSummary(long runId, RunTotals totals, long pagesRead, Map<String, Long> rejectedReasons,
                            int reindexed) {

    public IngestSummary {
        rejectedReasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rejectedReasons));
    }

    /** True when not one input record could be read (only missing paths, empty files …). */
    public boolean nothingRead() {
        return pagesRead == 0;
    }
}
