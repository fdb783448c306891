package org.mirsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.text.Clitics;
import org.mirsad.tokens.WordRecord;

/**
 * Finds phrases of a lexicon in a token list. A phrase is one or more words in matching form; a
 * word ending in {@code *} matches any token that starts with it. Phrases are indexed by their first
 * word (exact words by the word, prefixes by their first {@value #KEY} letters), so a sentence costs
 * a few map look-ups per token whatever the size of the lexicon.
 *
 * @param <V> what a phrase stands for (an event type, an actor)
 */
final class PhraseMatcher<V> {

    /** Word separators of a pattern, compiled once: an article's own matcher adds its names per article. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    static final int KEY = 3;
    /** How many matchers may keep their candidates on each {@link WordType} (the shipped lexicon's two; a field each there). */
    static final int MEMO_SLOTS = 2;
    /** Words a {@code ~word} may skip. */
    static final int GAP = 3;

    record Match<V>(int from, int to, V value) {
    }

    /** A phrase's words as they are matched ({@link Part}), worked out once when the phrase is added. */
    private record Phrase<V>(Part[] parts, V value) {
    }

    /**
     * One word of a phrase: its text without the marks, whether it may stand up to {@value #GAP} words on
     * ({@code ~word}) and whether it is a prefix ({@code word*}). Split once here so that matching, which
     * runs at every candidate token, makes no substring.
     */
    private record Part(String text, boolean gap, boolean prefix) {

        static Part of(String written) {
            boolean gap = written.startsWith("~");
            String word = gap ? written.substring(1) : written;
            boolean prefix = word.endsWith("*");
            return new Part(prefix ? word.substring(0, word.length() - 1) : word, gap, prefix);
        }

        /** Whether one of the token's readings is this word (or starts with it, for a prefix). */
        boolean matches(Word t) {
            return matches(t.readings());
        }

        /** Whether one of {@code readings} (a word type's, {@link WordType#readings}) is this word (or starts with it). */
        boolean matches(List<String> readings) {
            for (int r = 0; r < readings.size(); r++) { // indexed: no iterator per token tried
                String reading = readings.get(r);
                if (prefix ? reading.startsWith(text) : reading.equals(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, List<Phrase<V>>> byExactFirst = new HashMap<>();
    private final Map<String, List<Phrase<V>>> byPrefixFirst = new HashMap<>();
    /**
     * A bit per hash of every key of the two maps above ({@link #mayHold}): an article's own matcher is
     * asked about each reading of each token and holds a few dozen keys, so most look-ups end here
     * instead of in a map (they were 2.5% of the stages' CPU). No key is ever missed.
     */
    private final long[] keyBits = new long[KEY_BITS / 64];
    private static final int KEY_BITS = 1024;
    /**
     * A bit per hash of the head of every phrase's first word, its first {@value #GRAM} letters or all of them
     * when it has fewer (as filed: a prefix without its {@code *}), for {@link #mayStartAtForm}: a reading of a
     * form is the form with at most {@value #MAX_PROCLITIC} letters of proclitics taken off the front (وبال)
     * and maybe a suffix off the end, so a phrase may start at a form of {@value #KEY} letters or more only
     * where one of these heads stands at one of its first places. Tells most new forms from their letters
     * alone, before their readings are worked out. (The first {@value #KEY} letters alone let through every
     * word with the article: الم, الت and الا open triggers.)
     */
    private final long[] gramBits = new long[GRAM_BITS / 64];
    private static final int GRAM_BITS = 8192;
    /** The longest head {@link #gramBits} keeps. */
    private static final int GRAM = 5;
    /** bit g set when some head has g letters ({@value #KEY} to {@value #GRAM}) */
    private int gramLengths;
    /** The longest proclitic {@link Clitics#readings} takes off: a conjunction and an article fusion (وبال). */
    static final int MAX_PROCLITIC = 4;
    /**
     * Where this matcher keeps each word type's candidates ({@link WordType#candidates}), or -1 when it
     * keeps none: only a matcher that lives as long as the word types and is complete before its first
     * search may keep them (a lexicon's, not an article's).
     */
    private final int memoSlot;
    private boolean searched;
    /** Per memo slot, where a memoising matcher keeps {@link #mayStartAt(WordRecord)} on the records: one matcher each. */
    private static final WordRecord.Flag[] MAY_START = new WordRecord.Flag[MEMO_SLOTS];

    static {
        for (int k = 0; k < MEMO_SLOTS; k++) {
            MAY_START[k] = WordRecord.flag();
        }
    }

    private final Predicate<WordRecord> mayStartAtRecord = r -> {
        WordType t = Words.type(r);
        return t != null && mayStartAt(t);
    };
    /**
     * Whether every key (a phrase's first word, or its first {@value #KEY} letters) starts with an Arabic letter:
     * then no phrase starts at a token without one ({@link #mayStartWithin}). Cleared by any other key.
     */
    private boolean arabicKeys = true;

    /** A matcher that keeps nothing on word types: an article's own, built and dropped with it. */
    PhraseMatcher() {
        this(-1);
    }

    /** A lexicon's matcher, keeping its candidates on word types in {@code memoSlot} (below {@link #MEMO_SLOTS}, one matcher each). */
    PhraseMatcher(int memoSlot) {
        if (memoSlot >= MEMO_SLOTS) {
            throw new IllegalArgumentException("memo slot " + memoSlot + " out of " + MEMO_SLOTS);
        }
        this.memoSlot = memoSlot;
    }

    void add(String pattern, V value) {
        if (searched && memoSlot >= 0) {
            throw new IllegalStateException("a memoising matcher is complete before its first search");
        }
        String[] words = WHITE_SPACE.split(ArabicNormalizer.normalize(pattern).strip());
        for (int i = 0; i < words.length; i++) {
            words[i] = words[i].replace('_', ' ');
        }
        Part[] parts = new Part[words.length];
        for (int i = 0; i < words.length; i++) {
            parts[i] = Part.of(words[i]);
        }
        Phrase<V> p = new Phrase<>(parts, value);
        String first = words[0];
        if (first.endsWith("*")) {
            String prefix = first.substring(0, first.length() - 1);
            if (prefix.length() < KEY) {
                throw new IllegalArgumentException("prefix pattern too short (needs " + KEY + " letters): " + pattern);
            }
            String key = prefix.substring(0, KEY);
            byPrefixFirst.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            holdKey(key);
            holdHead(prefix);
        } else {
            byExactFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            holdKey(first);
            holdHead(first);
        }
    }

    /** Every phrase found, longest first at each position; matches may overlap. */
    List<Match<V>> findAll(List<Word> tokens) {
        if (!searched) {
            searched = true; // written once: threads searching at once share this line read-only
        }
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Match<V> best = null;
            List<Phrase<V>> candidates = candidates(tokens.get(i).type());
            for (int c = 0; c < candidates.size(); c++) { // indexed: no iterator per token
                Phrase<V> p = candidates.get(c);
                int end = matchAt(p, tokens, i);
                if (end > 0 && (best == null || end > best.to())) {
                    best = new Match<>(i, end, p.value());
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /**
     * {@link #mayStartAt(WordType)} of a token both tokenizers cut alike, by its record ({@link Words#type(WordRecord)};
     * false for punctuation that is no clause mark). A memoising matcher keeps the answer on the record
     * ({@link #MAY_START}): asked of every token of a piece ({@link Words#mayStartIn}), it is then read with the
     * record, where the word type and its memo were two more objects to read, cache misses for most words.
     */
    boolean mayStartAt(WordRecord r) {
        return memoSlot < 0 ? mayStartAtRecord.test(r) : r.is(MAY_START[memoSlot], mayStartAtRecord);
    }

    /** Whether a phrase may start at a token of this type (most start none): {@link #findAll} tries none there. */
    boolean mayStartAt(WordType t) {
        if (!searched) {
            searched = true; // as in findAll: the candidates kept on t are the complete matcher's
        }
        return !candidates(t).isEmpty();
    }

    /**
     * Whether a phrase may start at a word the text layer's tokenizer cuts out of {@code text} (a token of
     * another tokenizer, which may hold several: عام2015, H-6): false when it has no Arabic letter and every
     * key starts with one. A word's readings are pieces of its matching form, and the matching form folds
     * Arabic letters among themselves only, so a word with no Arabic letter has no reading that starts with one.
     */
    boolean mayStartWithin(String text) {
        if (!arabicKeys) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (ArabicTokenizer.isArabicLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrases that may start at a token of this type, each once, in lexicon order (most tokens start
     * none), kept on the type by a memoising matcher.
     */
    private List<Phrase<V>> candidates(WordType t) {
        if (memoSlot < 0) {
            return mayStartAtForm(t.form) ? candidatesOf(t) : List.of();
        }
        @SuppressWarnings("unchecked")
        List<Phrase<V>> known = (List<Phrase<V>>) t.candidates(memoSlot);
        if (known == null) {
            known = mayStartAtForm(t.form) ? List.copyOf(candidatesOf(t)) : List.of();
            t.candidates(memoSlot, known);
        }
        return known;
    }

    private List<Phrase<V>> candidatesOf(WordType t) {
        List<Phrase<V>> out = null;
        WordType.Readings of = t.readings();
        List<String> readings = of.list();
        String[] keys = of.keys();
        for (int r = 0; r < keys.length; r++) {
            String reading = readings.get(r);
            if (mayHold(reading)) {
                out = addNew(out, byExactFirst.get(reading));
            }
            if (keys[r] != null && mayHold(keys[r])) {
                out = addNew(out, byPrefixFirst.get(keys[r]));
            }
        }
        if (out != null) {
            // a prefix's key is its first KEY letters only (التفجير* is filed under الت, which التي has):
            // a phrase whose first word no reading matches cannot match here ({@link #matchAt}), and is dropped
            out.removeIf(p -> !p.parts()[0].gap() && !p.parts()[0].matches(readings));
        }
        return out == null || out.isEmpty() ? List.of() : out;
    }

    private void holdKey(String key) {
        arabicKeys &= ArabicTokenizer.isArabicLetter(key.charAt(0));
        int bit = key.hashCode() & (KEY_BITS - 1);
        keyBits[bit >>> 6] |= 1L << bit;
    }

    /** Keeps the head of a phrase's first word as filed ({@code first}: a prefix without its {@code *}). */
    private void holdHead(String first) {
        int g = Math.min(first.length(), GRAM);
        if (g >= KEY) { // a shorter one is a whole word: it matches a form of its own length only
            int bit = first.substring(0, g).hashCode() & (GRAM_BITS - 1);
            gramBits[bit >>> 6] |= 1L << bit;
            gramLengths |= 1 << g;
        }
    }

    /**
     * False when no phrase may start at a word of this matching form, whatever its readings
     * ({@link Clitics#readings}): a reading is the form itself, or a piece of {@value #KEY} letters or more
     * that starts at most {@value #MAX_PROCLITIC} letters in, and a reading a phrase may start at opens with
     * the head of its first word ({@link #gramBits}). A form shorter than {@value #KEY} letters may be a whole
     * first word of its own: true.
     */
    boolean mayStartAtForm(String form) {
        int n = form.length();
        int last = Math.min(MAX_PROCLITIC, n - KEY);
        if (last < 0) {
            return true;
        }
        for (int at = 0; at <= last; at++) {
            int h = 0; // the hash of form.substring(at, at + g), as String.hashCode
            for (int g = 1; g <= GRAM && at + g <= n; g++) {
                h = 31 * h + form.charAt(at + g - 1);
                if ((gramLengths & 1 << g) != 0) {
                    int bit = h & (GRAM_BITS - 1);
                    if ((gramBits[bit >>> 6] & (1L << bit)) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** False when {@code key} is surely in neither map (a string's hash is kept on it: no hashing again). */
    private boolean mayHold(String key) {
        int bit = key.hashCode() & (KEY_BITS - 1);
        return (keyBits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** {@code out} with the phrases of {@code more} it lacks appended; allocated only when something is found. */
    private static <V> List<Phrase<V>> addNew(List<Phrase<V>> out, List<Phrase<V>> more) {
        if (more == null) {
            return out;
        }
        if (out == null) {
            return new ArrayList<>(more); // a phrase sits in one list once: nothing to drop yet
        }
        int had = out.size(); // the phrases of more are distinct, so only those out held before can repeat one
        for (Phrase<V> p : more) {
            if (!holds(out, had, p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether one of the first {@code n} phrases of {@code list} is {@code p} itself. */
    private static <V> boolean holds(List<Phrase<V>> list, int n, Phrase<V> p) {
        for (int i = 0; i < n; i++) {
            if (list.get(i) == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index after the phrase when it matches at {@code start}, else -1. A word written {@code ~word}
     * may stand up to {@value #GAP} words further on (not past punctuation): Arabic puts the subject
     * between a verb and its particle, صادقت مصر على.
     */
    private static int matchAt(Phrase<?> p, List<Word> tokens, int start) {
        int k = start;
        for (Part part : p.parts()) {
            int limit = part.gap() ? Math.min(tokens.size(), k + GAP + 1) : Math.min(tokens.size(), k + 1);
            int found = -1;
            for (int i = k; i < limit; i++) {
                if (part.matches(tokens.get(i))) {
                    found = i;
                    break;
                }
                if (tokens.get(i).clauseBreak() && !Character.isLetter(tokens.get(i).text().charAt(0))) {
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            k = found + 1;
        }
        return k;
    }
}
