package org.mirsad.dedup;

import java.util.Optional;

/**
 * Where an article landed in the duplicate index.
 *
 * @param id          the article
 * @param duplicateOf its group's canonical article, or null when it is the canonical (or alone)
 * @param change      the group change its arrival caused, if any (the store must apply it)
 */
public record Placement(String id, String duplicateOf, Optional<GroupChange> change) {

    public Placement {
        change = change == null ? Optional.empty() : change;
    }

    static Placement alone(String id) {
        return new Placement(id, null, Optional.empty());
    }
}
