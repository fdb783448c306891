package org.mirsad.events;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.ArabicNormalizer;

/**
 * The language data of event extraction, loaded once from resource files: triggers
 * ({@code triggers.tsv}), the context words that cancel them ({@code context.tsv}), group nouns
 * ({@code groups.tsv}) and countries with capitals and demonyms ({@code countries.tsv}).
 */
final class EventLexicon {

    enum Context { NEGATION, CONDITIONAL, MODAL, PREVENTION, FIGURATIVE, QUESTION, SPORTS, ACCIDENT }

    /** What a trigger phrase names. */
    record Trigger(String type, boolean verb) {
    }

    static final EventLexicon SHIPPED = new EventLexicon();

    // one lexicon (the constructor is private), so its two matchers may keep their candidates on word types
    final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>(0);
    final PhraseMatcher<ActorKind> actors = new PhraseMatcher<>(1);
    final Map<Context, Set<String>> context = new EnumMap<>(Context.class);
    int triggerCount;

    private EventLexicon() {
        for (String[] row : rows("triggers.tsv")) {
            triggers.add(row[0], new Trigger(PloverType.valueOf(row[1]).name(), "VERB".equals(row[2])));
            triggerCount++;
        }
        for (Context c : Context.values()) {
            context.put(c, new HashSet<>());
        }
        for (String[] row : rows("context.tsv")) {
            context.get(Context.valueOf(row[0])).add(ArabicNormalizer.normalize(row[1]).replace('_', ' '));
        }
        for (String[] row : rows("groups.tsv")) {
            actors.add(row[0], new ActorKind(null, row[1], row[2]));
        }
        for (String[] row : rows("countries.tsv")) {
            ActorKind kind = new ActorKind(row[0], null, row[1]);
            for (String form : row[2].split(",")) {
                actors.add(form.strip(), kind);
            }
        }
    }

    boolean is(Context c, Word t) {
        WordType type = t.type();
        int bits = type.contexts;
        if (bits < 0) {
            bits = 0;
            for (Context k : Context.values()) {
                Set<String> words = context.get(k);
                if (words.contains(type.form) || words.contains(type.bare())) {
                    bits |= 1 << k.ordinal();
                }
            }
            type.contexts = bits; // the lexicon is complete once built: the same bits whoever writes them
        }
        return (bits & 1 << c.ordinal()) != 0;
    }

    private static List<String[]> rows(String name) {
        return TsvResource.rows(EventLexicon.class, name);
    }
}
