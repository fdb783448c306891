package org.mirsad.gazetteer;

import java.util.List;

/**
 * One name of Universal-PETRARCH's Arabic actor dictionary.
 *
 * @param name  the name as the dictionary writes it, words joined by spaces (its {@code _} removed)
 * @param codes CAMEO actor codes with their date ranges as written, e.g. "RUSGOV" or "IRQGOV 20101221-20140908"
 */
public record Actor(String name, List<String> codes) {

    public Actor {
        codes = List.copyOf(codes);
    }

    /** The first CAMEO code without its date range ("RUSGOV"), or "" when the entry has none. */
    public String code() {
        return codes.isEmpty() ? "" : codes.get(0).split(" ")[0];
    }
}
