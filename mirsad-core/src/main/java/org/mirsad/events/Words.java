package org.mirsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.text.Clitics;
import org.mirsad.text.Token;

/**
 * A sentence as the words event patterns match: the text layer's tokens, each with its form
 * without a leading conjunction and whether it opens a new clause. Of punctuation only the clause
 * marks (، , ؛ ; :) are kept.
 */
final class Words {

    /** Words that open a subordinate or reported clause, in matching form. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("ان", "انه", "انها", "انهم", "عندما", "حيث", "بعد",
            "بعدما", "الذي", "التي", "الذين", "لكن", "بينما", "فيما");
    private static final Set<String> CLAUSE_MARKS = Set.of("\u060C", ",", "\u061B", ";", ":");

    /**
     * Readings of recent word forms: news vocabulary is skewed, and working out a form's readings cost
     * more than the rest of event matching. Bounded: cleared when full.
     */
    private static final int READINGS_CACHE = 100_000;
    private static final Map<String, Readings> READINGS = new ConcurrentHashMap<>();

    /** A form's readings and their prefix keys ({@link Word#keys}). */
    private record Readings(List<String> all, String[] keys) {
        static Readings of(List<String> all) {
            String[] keys = new String[all.size()];
            for (int i = 0; i < keys.length; i++) {
                String r = all.get(i);
                keys[i] = r.length() >= PhraseMatcher.KEY ? r.substring(0, PhraseMatcher.KEY) : null;
            }
            return new Readings(all, keys);
        }
    }

    private Words() {
    }

    static List<String> readings(String form) {
        return cachedReadings(form).all();
    }

    private static Readings cachedReadings(String form) {
        Readings r = READINGS.get(form);
        if (r == null) {
            r = Readings.of(List.copyOf(Clitics.readings(form)));
            if (READINGS.size() >= READINGS_CACHE) {
                READINGS.clear();
            }
            READINGS.put(form, r);
        }
        return r;
    }

    static List<Word> of(String sentence) {
        List<Word> out = new ArrayList<>();
        for (Token t : ArabicTokenizer.tokenize(sentence)) {
            if (t.type() == Token.Type.PUNCTUATION) {
                if (CLAUSE_MARKS.contains(t.surface())) {
                    Readings own = Readings.of(List.of(t.form()));
                    out.add(new Word(t.surface(), t.form(), t.form(), own.all(), own.keys(), t.start(), t.end(), true));
                }
                continue;
            }
            Readings r = cachedReadings(t.form());
            out.add(new Word(t.surface(), t.form(), stripConjunction(t.form()), r.all(), r.keys(), t.start(),
                    t.end(), CLAUSE_OPENERS.contains(t.form())));
        }
        return out;
    }

    /** وقتلوا → قتلوا; a word of three letters or fewer keeps its first letter (وقع is a verb). */
    static String stripConjunction(String form) {
        if (form.length() > 3 && (form.charAt(0) == '\u0648' || form.charAt(0) == '\u0641')) {
            return form.substring(1);
        }
        return form;
    }
}
