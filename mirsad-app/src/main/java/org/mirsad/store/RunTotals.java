package org.mirsad.store;

/**
 * The counts of one ingest run, as the {@code runs} table keeps them. Records read always equal
 * stored + duplicate + rejected + already ingested ({@link #addsUp()}).
 */
public record RunTotals(long recordsRead, long recordsStored, long recordsDuplicate, long recordsRejected,
                        long recordsAlready, long articlesStored, long articlesDuplicate) {

    public static final RunTotals ZERO = new RunTotals(0, 0, 0, 0, 0, 0, 0);

    public boolean addsUp() {
        return recordsRead == recordsStored + recordsDuplicate + recordsRejected + recordsAlready;
    }
}
