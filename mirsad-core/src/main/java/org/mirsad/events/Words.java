package org.mirsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.text.Token;
import org.mirsad.text.WordCache;
import org.mirsad.tokens.ArticleTokens;
import org.mirsad.tokens.WordRecord;

/**
 * A sentence as the words event patterns match: the text layer's tokens, each with its form
 * without a leading conjunction and whether it opens a new clause. Of punctuation only the clause
 * marks (، , ؛ ; :) are kept.
 */
final class Words {

    /** Words that open a subordinate or reported clause, in matching form. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("ان", "انه", "انها", "انهم", "عندما", "حيث", "بعد",
            "بعدما", "الذي", "التي", "الذين", "لكن", "بينما", "فيما");
    private static final String CLAUSE_MARKS = "\u060C,\u061B;:";
    /** The type of each clause mark (by its place in {@link #CLAUSE_MARKS}), made once: a sentence has a few and each made its own. */
    private static final WordType[] MARKS = marks();

    /**
     * Recent word forms: news vocabulary is skewed, and working out a form's readings cost more than the
     * rest of event matching.
     */
    private static final WordCache<WordType> TYPES = new WordCache<>(50_000);
    /**
     * The type of a written word, kept on its record ({@link WordRecord}): a sentence of an article finds
     * most of its words' records by place among the article's tokens ({@link ArticleTokens.Part}), with no look-up.
     */
    private static final WordRecord.Slot<WordType> TYPE = WordRecord.slot();

    private Words() {
    }

    private static WordType[] marks() {
        WordType[] out = new WordType[CLAUSE_MARKS.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = WordType.mark(ArabicNormalizer.normalize(CLAUSE_MARKS.substring(k, k + 1)));
        }
        return out;
    }

    /**
     * The type of a clause mark as written (a char of {@link #CLAUSE_MARKS} alone), or null for any other
     * text: a char test where a set look-up hashed the fresh string of every punctuation token of the
     * sentences tokenised again.
     */
    private static WordType mark(String written) {
        int k = written.length() == 1 ? CLAUSE_MARKS.indexOf(written.charAt(0)) : -1;
        return k < 0 ? null : MARKS[k];
    }

    private static WordType type(String form) {
        return TYPES.get(form, Words::typeOf);
    }

    private static WordType typeOf(String form) {
        return WordType.word(form, CLAUSE_OPENERS.contains(form));
    }

    static List<Word> of(String sentence) {
        return of(sentence, null);
    }

    /** The words of a sentence, their types read from the article's tokens where they stand ({@code part}, may be null). */
    static List<Word> of(String sentence, ArticleTokens.Part part) {
        List<Word> shared = part == null ? null : fromArticle(sentence.length(), part);
        if (shared != null) {
            return shared;
        }
        List<Word> out = new ArrayList<>();
        ArticleTokens.Cursor cursor = part == null ? null : part.cursor();
        for (Token t : ArabicTokenizer.tokenize(sentence)) {
            if (t.type() == Token.Type.PUNCTUATION) {
                WordType mark = mark(t.surface());
                if (mark != null) {
                    out.add(new Word(t.surface(), mark, t.start(), t.end(), true));
                }
                continue;
            }
            // the record spans the same characters of the same text, so its form is this token's form
            WordRecord r = cursor == null ? null : cursor.at(t.start(), t.end());
            WordType w = r != null ? r.get(TYPE, x -> typeOf(x.form())) : type(t.form());
            out.add(new Word(t.surface(), w, t.start(), t.end(), w.opensClause));
        }
        return out;
    }

    /**
     * The words of a sentence of {@code length} characters read off the article's tokens, or null when the
     * text layer's tokenizer ({@link ArabicTokenizer}) could cut it otherwise ({@link ArticleTokens#alike}):
     * such a sentence (digits, Latin letters) is tokenised again.
     */
    private static List<Word> fromArticle(int length, ArticleTokens.Part part) {
        ArticleTokens.Range range = part.alike(length);
        return range == null ? null : fromArticle(part, range);
    }

    /** The words of {@code range} of the article's tokens, alike for both tokenizers ({@link ArticleTokens#alike}). */
    private static List<Word> fromArticle(ArticleTokens.Part part, ArticleTokens.Range range) {
        List<Word> out = new ArrayList<>(range.to() - range.from());
        for (int i = range.from(); i < range.to(); i++) {
            WordRecord r = part.record(i);
            WordType w = type(r);
            if (w != null) {
                out.add(new Word(r.text(), w, part.start(i), part.end(i), w.opensClause));
            }
        }
        return out;
    }

    /**
     * The type of a token alike for both tokenizers, as its word is listed: an Arabic word's, a clause mark's,
     * or null for other punctuation (left out).
     */
    static WordType type(WordRecord r) {
        return r.isArabicWord() ? r.get(TYPE, x -> typeOf(x.form())) : mark(r.text());
    }

    /**
     * Whether a phrase of {@code matcher} may start at a word of the first {@code length} characters of the
     * article's text at {@code part}, read off the article's tokens: when none may, the words need no list,
     * since {@code matcher} finds nothing there. Most sentences, and most paragraphs, name no trigger. A token
     * the text layer's tokenizer cuts alike ({@link ArticleTokens#alike}) is asked by its type; one it may cut
     * otherwise (digits, Latin letters: 3.5, عام2015) only by its letters ({@link PhraseMatcher#mayStartWithin}),
     * so that a sentence with a number is let go as early as one without; a token running over either end of
     * the span may start anything.
     */
    static boolean mayStartIn(ArticleTokens.Part part, int length, PhraseMatcher<?> matcher) {
        ArticleTokens.Range range = part.within(length);
        if (range.from() > 0 && part.end(range.from() - 1) > 0) {
            return true; // a token runs into the span from before it
        }
        for (int i = range.from(); i < range.to(); i++) {
            WordRecord r = part.record(i);
            if (part.end(i) > length) {
                return true;
            }
            if (r.isArabicWord() || r.isPunctuation()) {
                if (matcher.mayStartAt(r)) {
                    return true;
                }
            } else if (matcher.mayStartWithin(r.text())) {
                return true;
            }
        }
        return false;
    }
}
