package org.mirsad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random word edits that turn one article into a near copy for scale runs: each word, with a
 * small probability, is dropped, doubled, swapped with the next, or replaced by another word of the
 * same text. Copies stay Arabic news in shape (dedup still groups most of them with their original)
 * but are not byte-equal, so no stage can skip them. Seeded: the same copy number and record give the
 * same text on every run and machine.
 */
final class Perturbation {

    /** About one word in 25 is edited: enough to change every hash, little enough to stay the same story. */
    static final double EDIT_RATE = 0.04;

    private Perturbation() {
    }

    /** {@code text} with a few words edited; {@code copy} 0 is the original, unchanged. */
    static String apply(String text, int copy, long record) {
        if (copy == 0 || text == null || text.isBlank()) {
            return text;
        }
        SplittableRandom random = new SplittableRandom(copy * 0x9E3779B97F4A7C15L ^ record);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(editLine(lines[i], random));
        }
        return out.toString();
    }

    private static String editLine(String line, SplittableRandom random) {
        if (line.isBlank()) {
            return line;
        }
        String[] words = line.split(" ");
        List<String> out = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || random.nextDouble() >= EDIT_RATE) {
                out.add(w);
                continue;
            }
            switch (random.nextInt(4)) {
                case 0 -> { } // dropped
                case 1 -> {
                    out.add(w);
                    out.add(w);
                }
                case 2 -> {
                    if (i + 1 < words.length) {
                        out.add(words[i + 1]);
                        i++;
                    }
                    out.add(w);
                }
                default -> out.add(words[random.nextInt(words.length)]);
            }
        }
        return String.join(" ", out);
    }
}
