package org.mirsad.dedup;

import java.util.List;

/**
 * A duplicate group got a new canonical article (a better member arrived, or two groups were joined
 * by an article close to both). A store applies it as: every article whose {@code duplicate_of} is
 * one of {@code formerCanonicals}, and those articles themselves, now have {@code duplicate_of =
 * canonical}.
 *
 * @param canonical        the group's canonical article id now
 * @param formerCanonicals ids that were canonical of (part of) the group before, sorted
 */
public record GroupChange(String canonical, List<String> formerCanonicals) {

    public GroupChange {
        formerCanonicals = List.copyOf(formerCanonicals);
    }
}
