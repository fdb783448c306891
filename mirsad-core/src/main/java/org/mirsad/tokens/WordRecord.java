package org.mirsad.tokens;

import java.util.function.Function;
import org.mirsad.text.ArabicNormalizer;

/**
 * What the stages know of one written word (a token text of {@link ArticleTokens}), shared by every token
 * written so and found with one look-up per token ({@link ArticleTokens}): its matching form, and what
 * each stage worked out of it ({@link Slot}), filled on the stage's first question. The stages used to
 * tokenise the text again and look each word up in a table of their own (the entities' first-word
 * readings, the events' word types), each look-up a cache miss in a table of 10^5 words.
 *
 * <p>The slots are written without a lock: each value is a pure function of the text (and of data built
 * whole before any use), so threads that race write equal values; a value must be immutable or, like the
 * events' word types, safe to read while another thread fills its own memo fields.
 */
public final class WordRecord {

    /**
     * How many stages may keep a value on a record: the entities' first readings and the events' word type
     * take two; the array is made with every record, so the spare ones cost a reference each.
     */
    static final int SLOTS = 4;
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

    private final String text;
    private final String form;
    private final Object[] values = new Object[SLOTS];

    WordRecord(String text) {
        this.text = text;
        this.form = ArabicNormalizer.normalize(text);
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
        T v = (T) values[slot.index];
        if (v == null) {
            v = work.apply(this);
            values[slot.index] = v;
        }
        return v;
    }
}
