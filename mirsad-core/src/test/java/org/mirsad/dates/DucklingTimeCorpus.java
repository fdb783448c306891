package org.mirsad.dates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duckling's Arabic time corpus (facebook/duckling @2c226585, Duckling/Time/AR/Corpus.hs, BSD-3,
 * converted to TSV in ../shared/data/dates/time_ar.tsv): each expression with the value Duckling
 * expects at reference 2013-02-12T04:30 (-02:00). Expected values are turned into Mirsad's form: an
 * ISO prefix at the grain, and for an interval its first and last unit (Duckling's end is exclusive,
 * ours inclusive, so one grain unit is taken off).
 */
public final class DucklingTimeCorpus {

    /** One corpus line with its expected value in Mirsad's form ({@code from}/{@code to} null for a point). */
    public record Case(String text, String value, String grain, String from, String to) {

        /** Whether {@code got} (value, grain, from, to as annotate prints them) is what Duckling expects. */
        public boolean matches(String gotValue, String gotGrain, String gotFrom, String gotTo) {
            return value.equals(gotValue) && grain.equals(gotGrain)
                    && (from == null || (from.equals(gotFrom) && to.equals(gotTo)));
        }
    }

    public static final String REFERENCE = "2013-02-12T04:30:00-02:00";

    private static final String TUPLE = "\\((\\d+), (\\d+), (\\d+), (\\d+), (\\d+), (\\d+)\\)";
    private static final Pattern POINT = Pattern.compile("datetime(?:Holiday)? " + TUPLE + " (\\w+).*");
    private static final Pattern INTERVAL = Pattern.compile("datetimeInterval(?:Holiday)? \\(" + TUPLE + ", " + TUPLE
            + "\\) (\\w+).*");

    private DucklingTimeCorpus() {
    }

    public static List<Case> read(Path tsv) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            out.add(expected(cells[0], cells[1]));
        }
        return out;
    }

    static Case expected(String text, String spec) {
        Matcher p = POINT.matcher(spec);
        if (p.matches()) {
            Grain g = Grain.valueOf(p.group(7).toUpperCase(Locale.ROOT));
            return new Case(text, g.format(time(p, 1)), g.label(), null, null);
        }
        Matcher i = INTERVAL.matcher(spec);
        if (i.matches()) {
            Grain g = Grain.valueOf(i.group(13).toUpperCase(Locale.ROOT));
            LocalDateTime from = time(i, 1);
            LocalDateTime last = time(i, 7).minus(1, g.unit());
            return new Case(text, g.format(from), g.label(), g.format(from), g.format(last));
        }
        throw new IllegalArgumentException("unknown Duckling value: " + spec);
    }

    private static LocalDateTime time(Matcher m, int first) {
        int[] v = new int[6];
        for (int k = 0; k < 6; k++) {
            v[k] = Integer.parseInt(m.group(first + k));
        }
        return LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
