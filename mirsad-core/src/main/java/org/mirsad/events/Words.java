package org.mirsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.text.Token;
import org.mirsad.text.WordCache;

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
     * Recent word forms: news vocabulary is skewed, and working out a form's readings cost more than the
     * rest of event matching.
     */
    private static final WordCache<WordType> TYPES = new WordCache<>(50_000);

    private Words() {
    }

    private static WordType type(String form) {
        return TYPES.get(form, f -> WordType.word(f, CLAUSE_OPENERS.contains(f)));
    }

    static List<Word> of(String sentence) {
        List<Word> out = new ArrayList<>();
        for (Token t : ArabicTokenizer.tokenize(sentence)) {
            if (t.type() == Token.Type.PUNCTUATION) {
                if (CLAUSE_MARKS.contains(t.surface())) {
                    out.add(new Word(t.surface(), WordType.mark(t.form()), t.start(), t.end(), true));
                }
                continue;
            }
            WordType w = type(t.form());
            out.add(new Word(t.surface(), w, t.start(), t.end(), w.opensClause));
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
