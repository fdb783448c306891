package org.mirsad.tokens;

import java.util.function.Function;
import java.util.function.Predicate;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.text.Chars;

/**
 * What the stages know of one written word (a token text of {@link ArticleTokens}), shared by every token
 * written so and found with one look-up per token ({@link ArticleTokens}): its matching form, and what
 * each stage worked out of it ({@link Slot}), filled on the stage's first question. The stages used to
 * tokenise the text again and look each word up in a table of their own (the entities' first-word
 * readings, the events' word types, the tagger's word features), each look-up a cache miss in a table
 * of 10^5 words.
 *
 * <p>The slots are written without a lock: each value is a pure function of the text (and of data built
 * whole before any use), so threads that race write equal values; a value must be immutable or, like the
 * events' word types and the tagger's words, safe to read while another thread fills its own memo fields.
 */
public final class WordRecord {

    /**
     * How many stages may keep a value on a record: the entities' word (tagger word, first readings, matching
     * tokens), the events' word type, the dates' lexicon entries and weekday words, the quotes' verbs and the
     * stories' stem take six; each is a field of every record ({@link #value}), so a spare one costs a reference.
     */
    static final int SLOTS = 7;
    private static int slotsTaken;

    /** The place of one stage's value on every record: made once per stage as a constant. */
    public static final class Slot<T> {
        private final int index;

        private Slot(int index) {
            this.index = index;
        }
    }

    /**
     * A new slot.
     *
     * @throws IllegalStateException when all {@link #SLOTS} are taken
     */
    public static synchronized <T> Slot<T> slot() {
        if (slotsTaken == SLOTS) {
            throw new IllegalStateException("all " + SLOTS + " word record slots are taken");
        }
        return new Slot<>(slotsTaken++);
    }

    /**
     * How many yes-or-no questions stages may keep the answers of on a record ({@link Flag}): two bits each of
     * {@link #flags}, an int that sits in the record's padding (a record is 88 bytes with it or without it).
     */
    static final int FLAGS = 16;
    private static int flagsTaken;

    /**
     * The place of one stage's yes-or-no answer on every record ({@link #is}): made once per question as a
     * constant. An answer on the record is read with the record, where a value in a slot ({@link Slot}) is one
     * more object to read, a cache miss for most words when a stage asks every token of an article.
     */
    public static final class Flag {
        /** the bit set once the answer is known; the answer is the bit above it */
        private final int known;

        private Flag(int index) {
            this.known = 1 << (2 * index);
        }
    }

    /**
     * A new flag.
     *
     * @throws IllegalStateException when all {@link #FLAGS} are taken
     */
    public static synchronized Flag flag() {
        if (flagsTaken == FLAGS) {
            throw new IllegalStateException("all " + FLAGS + " word record flags are taken");
        }
        return new Flag(flagsTaken++);
    }

    private final String text;
    /** {@link String#hashCode} of the text, worked out by {@link RecordTable} over the text it was found in */
    final int hash;
    /** the text's length, and its chars four to a long when it has {@link #PACKED} or fewer (else 0) */
    private final int length;
    private final long chars0;
    private final long chars1;
    private final long chars2;
    private final String form;
    private final byte kind;
    /**
     * The slots' values, fields of the record rather than an array of its own: a stage's value is read for
     * nearly every token, and the array was one more read (a cache miss for most of the table's words) between
     * the record and the value.
     */
    private Object value0;
    private Object value1;
    private Object value2;
    private Object value3;
    private Object value4;
    private Object value5;
    private Object value6;
    /**
     * The flags' answers ({@link Flag}), written without a lock: a thread writes the bits it read with its own
     * flag's two added, so a race may drop another flag's answer (asked again later) but never writes a wrong one.
     */
    private int flags;

    private static final byte OTHER = 0;
    private static final byte ARABIC_WORD = 1;
    private static final byte PUNCTUATION = 2;

    /**
     * How many chars a record keeps on itself ({@link #spells}): nearly every word, and the three longs sit
     * on the record, which a look-up reads anyway, where the text's string and its bytes were two
     * more reads, each waiting on the one before.
     */
    static final int PACKED = 12;

    WordRecord(String text, int hash) {
        this.text = text;
        this.hash = hash;
        this.length = text.length();
        boolean packed = length <= PACKED;
        this.chars0 = packed ? pack(text, 0, 0, length) : 0;
        this.chars1 = packed ? pack(text, 0, 4, length) : 0;
        this.chars2 = packed ? pack(text, 0, 8, length) : 0;
        this.form = ArabicNormalizer.normalize(text);
        this.kind = kindOf(text);
    }

    /**
     * Whether the text layer's tokenizer ({@link ArabicTokenizer}) would cut this token alike: an Arabic
     * word (an Arabic letter, then Arabic letters and marks) ends for both at the first character that is
     * no Arabic letter or mark.
     */
    public boolean isArabicWord() {
        return kind == ARABIC_WORD;
    }

    /** A single character no word holds (NER's tokenizer and the text layer's both take it alone). */
    public boolean isPunctuation() {
        return kind == PUNCTUATION;
    }

    private static byte kindOf(String text) {
        char c = text.charAt(0);
        if (text.length() == 1 && !Chars.isLetterOrDigit(c) && !ArabicNormalizer.isMark(c)) {
            return PUNCTUATION;
        }
        if (!ArabicTokenizer.isArabicLetter(c)) {
            return OTHER;
        }
        for (int k = 1; k < text.length(); k++) {
            char d = text.charAt(k);
            if (!ArabicTokenizer.isArabicLetter(d) && !ArabicNormalizer.isMark(d)) {
                return OTHER;
            }
        }
        return ARABIC_WORD;
    }

    /** Whether {@code in}'s chars {@code start..end} are this word's. */
    boolean spells(String in, int start, int end) {
        int n = end - start;
        if (n != length) {
            return false;
        }
        if (n > PACKED) {
            return in.regionMatches(start, text, 0, n);
        }
        return pack(in, start, 0, n) == chars0 && (n <= 4 || pack(in, start, 4, n) == chars1
                && (n <= 8 || pack(in, start, 8, n) == chars2));
    }

    /** Chars {@code from} to {@code from + 4} of the {@code n} at {@code start} of {@code s}, as many as there are. */
    private static long pack(String s, int start, int from, int n) {
        long w = 0;
        for (int i = from, to = Math.min(n, from + 4); i < to; i++) {
            w |= (long) s.charAt(start + i) << ((i - from) << 4);
        }
        return w;
    }

    /** The word as written: the same string for every token of it, its hash kept on it. */
    public String text() {
        return text;
    }

    /** The matching form ({@link ArabicNormalizer#normalize} of the text). */
    public String form() {
        return form;
    }

    /** The value a stage keeps in {@code slot}, worked out by {@code work} on its first question. */
    public <T> T get(Slot<T> slot, Function<WordRecord, T> work) {
        @SuppressWarnings("unchecked")
        T v = (T) value(slot.index);
        if (v == null) {
            v = work.apply(this);
            set(slot.index, v);
        }
        return v;
    }

    /** The answer a stage keeps in {@code flag}, worked out by {@code work} on its first question. */
    public boolean is(Flag flag, Predicate<WordRecord> work) {
        int f = flags;
        if ((f & flag.known) != 0) {
            return (f & flag.known << 1) != 0;
        }
        boolean yes = work.test(this);
        flags = f | flag.known | (yes ? flag.known << 1 : 0);
        return yes;
    }

    private Object value(int index) {
        return switch (index) {
            case 0 -> value0;
            case 1 -> value1;
            case 2 -> value2;
            case 3 -> value3;
            case 4 -> value4;
            case 5 -> value5;
            default -> value6;
        };
    }

    private void set(int index, Object v) {
        switch (index) {
            case 0 -> value0 = v;
            case 1 -> value1 = v;
            case 2 -> value2 = v;
            case 3 -> value3 = v;
            case 4 -> value4 = v;
            case 5 -> value5 = v;
            default -> value6 = v;
        }
    }
}
