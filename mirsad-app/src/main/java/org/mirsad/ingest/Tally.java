package org.mirsad.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mirsad.store.LedgerStatus;
import org.mirsad.store.RunTotals;
import org.mirsad.store.StoredRecord;

/** The running counts of an ingest; every record lands in exactly one bucket. */
final class Tally {

    private long stored;
    private long duplicate;
    private long rejected;
    private long already;
    private long unreadable;
    private long articlesStored;
    private long articlesDuplicate;
    private final Map<String, Long> reasons = new TreeMap<>();

    void stored(StoredRecord r) {
        if (r.status() == LedgerStatus.DUPLICATE) {
            duplicate++;
        } else {
            stored++;
        }
        articlesStored += r.newArticles();
        articlesDuplicate += r.duplicates();
    }

    /**
     * The run's articles as the settled run has them: a better canonical that arrived later took over
     * an earlier article's group (it became a duplicate), or the reverse. Article counts follow the
     * final word; page counts stay what the ledger recorded.
     */
    void settled(long canonical, long duplicates) {
        articlesStored = canonical;
        articlesDuplicate = duplicates;
    }

    void rejected(String reason, boolean wasPage) {
        rejected++;
        if (!wasPage) {
            unreadable++;
        }
        reasons.merge(group(reason), 1L, Long::sum);
    }

    void already() {
        already++;
    }

    long done() {
        return stored + duplicate + rejected + already;
    }

    long articlesStored() {
        return articlesStored;
    }

    long pagesRead() {
        return done() - unreadable;
    }

    RunTotals totals() {
        return new RunTotals(done(), stored, duplicate, rejected, already, articlesStored, articlesDuplicate);
    }

    /** Reasons, most frequent first (ties by name, so the summary is the same every run). */
    Map<String, Long> reasons() {
        Map<String, Long> out = new LinkedHashMap<>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * A reason's kind, for counting: without a leading place ("record 12: ", "line 7, "), then the
     * words before the first ':' ("cannot read: Permission denied" → "cannot read").
     */
    static String group(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        String r = PLACE.matcher(reason.strip()).replaceFirst("");
        int colon = r.indexOf(':');
        String kind = (colon > 0 ? r.substring(0, colon) : r).strip();
        return kind.isEmpty() ? "unknown" : kind;
    }

    /** "record 12: ", "line 7, byte 300: " … at the start of a reason. */
    private static final Pattern PLACE = Pattern.compile("^((record|line|byte|offset|position)\\s+\\d+[,:]?\\s*)+");
}
