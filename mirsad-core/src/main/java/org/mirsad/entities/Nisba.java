package org.mirsad.entities;

import java.util.List;
import org.mirsad.ner.WordList;

/**
 * Relational adjectives (nisba) formed from place names: الأذربيجانية, الروسي, الأرميني. They describe,
 * they do not name: "the Azerbaijani ministry" is not a mention of Azerbaijan. A word is a nisba when
 * removing an adjective ending ({@code nisba_endings.txt}) and restoring a place-name ending gives a known
 * country or place.
 */
final class Nisba {

    private static final List<String> ENDINGS = WordList.load(Nisba.class, "nisba_endings.txt");
    private static final List<String> RESTORED = List.of("", "\u0627", "\u064A\u0627");
    private static final String ALEF_WAW = "\u0627\u0648";

    private Nisba() {
    }

    /** Whether the matching token (normalised, article removed) is an adjective of a known place. */
    static boolean ofKnownPlace(String token, KnownEntities known) {
        for (String ending : ENDINGS) {
            if (token.length() > ending.length() + 2 && token.endsWith(ending)) {
                String base = token.substring(0, token.length() - ending.length());
                // النمساوية, النمساوي: after ا the و is the adjective's (النمسا), unless the place has it (ماكاو)
                if (country(base, known) || base.endsWith(ALEF_WAW) && country(base.substring(0, base.length() - 1), known)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the base of an adjective, with a place name's ending restored, is a known country. */
    private static boolean country(String base, KnownEntities known) {
        for (String r : RESTORED) {
            Known k = known.exact(List.of(base + r));
            if (k != null && k.key().startsWith("country:")) {
                return true;
            }
        }
        return false;
    }
}
