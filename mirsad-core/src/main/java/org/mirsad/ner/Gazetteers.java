package org.mirsad.ner;

import java.util.List;
import org.mirsad.gazetteer.Actor;
import org.mirsad.gazetteer.ActorDictionary;
import org.mirsad.gazetteer.Countries;
import org.mirsad.gazetteer.Country;
import org.mirsad.gazetteer.GivenNames;

/**
 * The name lists the tagger's features consult: only lists that ship with Mirsad (the vendored country
 * tables and Universal-PETRARCH actor dictionary), so that a trained model finds at run time exactly
 * the evidence it was trained with. Plus the trigger words that precede names ({@code triggers.txt}).
 */
final class Gazetteers {

    static final int COUNTRY = 0;
    static final int ACTOR = 1;
    static final int KINDS = 2;

    static final PhraseSet[] LISTS = {countries(), actors()};
    static final PhraseSet TRIGGERS = triggers();

    /** Normalised first and last words of the dictionary's multi-word actor names: given names and family names. */
    static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();
    static final java.util.Set<String> LAST_WORDS = new java.util.HashSet<>();

    /** Common Arabic given names ({@link GivenNames}), normalised. */
    static final java.util.Set<String> GIVEN_NAMES = GivenNames.all();

    static {
        for (Actor a : ActorDictionary.all()) {
            String[] w = org.mirsad.text.ArabicNormalizer.normalize(a.name()).split(" ");
            if (w.length >= 2) {
                FIRST_WORDS.add(w[0]);
                LAST_WORDS.add(w[w.length - 1]);
            }
        }
    }

    private Gazetteers() {
    }

    private static PhraseSet countries() {
        PhraseSet s = new PhraseSet();
        for (Country c : Countries.vendored()) {
            c.arabic().forEach(s::add);
        }
        return s;
    }

    private static PhraseSet actors() {
        PhraseSet s = new PhraseSet();
        for (Actor a : ActorDictionary.all()) {
            s.add(a.name());
        }
        return s;
    }

    private static PhraseSet triggers() {
        PhraseSet s = new PhraseSet();
        List<String> words = WordList.load(Gazetteers.class, "triggers.txt");
        words.forEach(s::add);
        return s;
    }
}
