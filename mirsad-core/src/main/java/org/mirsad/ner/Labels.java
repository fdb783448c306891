package org.mirsad.ner;

import java.util.List;

/**
 * The BIO labels, in ANERcorp's spelling (B-PERS, I-LOC …), with their fixed indices: 0 is O, then
 * B and I for each type. The index layout is part of the model file.
 */
public final class Labels {

    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    public static final int O = 0;
    public static final int COUNT = 1 + 2 * TYPES.size();

    private static final String[] NAMES = new String[COUNT];

    static {
        NAMES[O] = "O";
        for (int t = 0; t < TYPES.size(); t++) {
            NAMES[begin(t)] = "B-" + TYPES.get(t);
            NAMES[begin(t) + 1] = "I-" + TYPES.get(t);
        }
    }

    private Labels() {
    }

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static String name(int label) {
        return NAMES[label];
    }

    /** The label's index, or -1 for a name outside ANERcorp's scheme. */
    public static int index(String name) {
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isInside(int label) {
        return label != O && (label - 1) % 2 == 1;
    }

    /** The entity type index (0 PERS, 1 LOC, 2 ORG, 3 MISC) of a B or I label; -1 for O. */
    public static int type(int label) {
        return label == O ? -1 : (label - 1) / 2;
    }

    /** BIO's one rule: I-X only continues B-X or I-X. */
    public static boolean allowed(int previous, int label) {
        return !isInside(label) || (previous != O && type(previous) == type(label));
    }
}
