package org.mirsad.store;

import java.util.List;

/** One row of the ingest ledger: an input record and what became of it. */
public record LedgerEntry(LedgerKey key, LedgerStatus status, String reason, List<String> articleIds, long runId) {

    public LedgerEntry {
        articleIds = List.copyOf(articleIds == null ? List.of() : articleIds);
    }
}
