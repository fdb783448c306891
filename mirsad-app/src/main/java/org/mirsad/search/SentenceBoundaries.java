package org.mirsad.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;

/**
 * A {@link BreakIterator} that finds all the boundaries of a text once, walking forward with the
 * wrapped iterator, and then answers every move from that list. The JDK's rule-based sentence
 * iterator answers {@code preceding} and {@code previous} by backing up to a safe point and
 * scanning forward again, which the highlighter's passage search calls for every match: on a long
 * article that scanning was most of the cost of a search. Same boundaries, found once.
 */
final class SentenceBoundaries extends BreakIterator {

    private final BreakIterator base;
    private int[] bounds = {0};
    private int count = 1;
    private int pos;

    SentenceBoundaries(BreakIterator base) {
        this.base = base;
    }

    @Override
    public void setText(CharacterIterator text) {
        base.setText(text);
        int[] found = new int[16];
        int n = 0;
        for (int b = base.first(); b != DONE; b = base.next()) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = b;
        }
        bounds = found;
        count = n;
        pos = 0;
    }

    @Override
    public CharacterIterator getText() {
        return base.getText();
    }

    @Override
    public int first() {
        pos = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        pos = count - 1;
        return bounds[pos];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (pos + 1 >= count) {
            pos = count - 1;
            return DONE;
        }
        return bounds[++pos];
    }

    @Override
    public int previous() {
        if (pos == 0) {
            return DONE;
        }
        return bounds[--pos];
    }

    @Override
    public int following(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        int next = i >= 0 ? i + 1 : -i - 1; // first boundary after offset
        if (next >= count) {
            pos = count - 1;
            return DONE;
        }
        pos = next;
        return bounds[pos];
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        int before = (i >= 0 ? i : -i - 1) - 1; // last boundary before offset
        if (before < 0) {
            pos = 0;
            return DONE;
        }
        pos = before;
        return bounds[pos];
    }

    @Override
    public int current() {
        return bounds[pos];
    }

    private void check(int offset) {
        CharacterIterator text = base.getText();
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text");
        }
    }

    @Override
    public Object clone() {
        SentenceBoundaries copy = new SentenceBoundaries((BreakIterator) base.clone());
        copy.bounds = bounds;
        copy.count = count;
        copy.pos = pos;
        return copy;
    }
}
