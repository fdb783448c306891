package org.mirsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.events.EventCounter;
import org.mirsad.events.PloverType;
import org.mirsad.json.Json;
import org.mirsad.store.Store;
import org.mirsad.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad events}: the events of a data directory, each real-world event once, with filters. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the events (PLOVER types) of a data directory. Duplicates are removed first: an",
                "event in a duplicate copy is one more mention of its canonical article's event."})
final class EventsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "mirsad-data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--type", paramLabel = "T", description = "Only this PLOVER type (ASSAULT, PROTEST, AGREE ...).")
    String type;

    @Option(names = "--actor", paramLabel = "A", description = "Only events whose source or target contains A.")
    String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events of articles dated on or after DATE (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events of articles dated on or before DATE (YYYY-MM-DD).")
    String to;

    @Option(names = "--json", description = "One JSON object per event (JSONL).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String wantType = type == null ? null : checkedType(type);
        LocalDate fromDate = date("--from", from);
        LocalDate toDate = date("--to", to);
        String wantActor = actor == null ? null : ArabicNormalizer.normalize(actor).toLowerCase(Locale.ROOT);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = StoredData.open(data)) {
            List<EventCounter.Found> found = new ArrayList<>();
            for (Store.EventRow r : store.eventRows()) {
                found.add(new EventCounter.Found(r.articleId(), r.duplicateOf(), r.date(), r.story(), r.event()));
            }
            for (EventCounter.Counted e : EventCounter.count(found)) {
                if (wantType != null && !wantType.equals(e.type())
                        || wantActor != null && !(has(e.source(), wantActor) || has(e.target(), wantActor))
                        || !within(e.date(), fromDate, toDate)) {
                    continue;
                }
                if (json) {
                    out.println(Json.line(e));
                } else {
                    out.printf("%-10s %-9s %s -> %s  (%d mention%s)  %s | %s%n", e.date() == null ? "undated" : e.date(),
                            e.type(), orDash(e.source()), orDash(e.target()), e.mentions(), e.mentions() == 1 ? "" : "s",
                            e.trigger(), e.sentence());
                }
            }
        }
        out.flush();
        return MirsadCli.OK;
    }

    private static String checkedType(String t) {
        String upper = t.strip().toUpperCase(Locale.ROOT);
        try {
            return PloverType.valueOf(upper).name();
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--type " + t + ": not a PLOVER type (one of "
                    + java.util.Arrays.toString(PloverType.values()) + ")");
        }
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException(option + " " + value + ": not a date (YYYY-MM-DD)");
        }
    }

    private static boolean has(String side, String wanted) {
        return side != null && ArabicNormalizer.normalize(side).toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** An undated event passes only when no date bound is set. */
    private static boolean within(String date, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        LocalDate d = LocalDate.parse(date);
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
