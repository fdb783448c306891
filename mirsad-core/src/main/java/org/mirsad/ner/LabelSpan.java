package org.mirsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity span in a BIO label sequence: its type index (see {@link Labels#TYPES}) and first and last
 * token (inclusive).
 */
public record LabelSpan(int type, int first, int last) {

    /** The spans of a label sequence; an I- without its B- starts a span, as CoNLL's conlleval does. */
    public static List<LabelSpan> of(int[] labels) {
        List<LabelSpan> out = new ArrayList<>();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= labels.length; i++) {
            int l = i < labels.length ? labels[i] : Labels.O;
            boolean continues = l != Labels.O && Labels.isInside(l) && Labels.type(l) == type;
            if (start >= 0 && !continues) {
                out.add(new LabelSpan(type, start, i - 1));
                start = -1;
                type = -1;
            }
            if (l != Labels.O && !continues) {
                start = i;
                type = Labels.type(l);
            }
        }
        return out;
    }
}
