package org.mirsad.store;

/** Row counts of a data directory: what an operator (or a test) checks after a run. */
public record StoreCounts(long articles, long duplicateArticles, long indexedArticles, long sources,
                          long ledgerStored, long ledgerDuplicate, long ledgerRejected) {

    public long ledgerRows() {
        return ledgerStored + ledgerDuplicate + ledgerRejected;
    }
}
