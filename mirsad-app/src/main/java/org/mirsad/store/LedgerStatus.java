package org.mirsad.store;

import java.util.Locale;

/** What became of an input record: its articles stored, all of them duplicates, or rejected. */
public enum LedgerStatus {
    STORED, DUPLICATE, REJECTED;

    /** The word in the ledger table's status column. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LedgerStatus ofColumn(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
