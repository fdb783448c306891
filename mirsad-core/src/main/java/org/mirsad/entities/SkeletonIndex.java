package org.mirsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the actors whose skeleton is {@link Names#similar} to a query without comparing against every
 * entry: each skeleton is stored under itself and under each of its one-letter deletions (the
 * "symmetric delete" idea of SymSpell, restricted to one insertion or deletion).
 */
final class SkeletonIndex {

    private record Entry(String skeleton, Known known) {
    }

    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> deleted = new HashMap<>();

    void add(String skeleton, Known known) {
        Entry e = new Entry(skeleton, known);
        exact.computeIfAbsent(skeleton, s -> new ArrayList<>()).add(e);
        for (int i = 0; i < skeleton.length(); i++) {
            deleted.computeIfAbsent(skeleton.substring(0, i) + skeleton.substring(i + 1), s -> new ArrayList<>()).add(e);
        }
    }

    /** Distinct actors (by key) whose skeleton is similar to {@code skeleton}, in index order. */
    List<Known> find(String skeleton) {
        Map<String, Known> out = new LinkedHashMap<>();
        collect(exact.get(skeleton), skeleton, out);
        collect(deleted.get(skeleton), skeleton, out);
        for (int i = 0; i < skeleton.length(); i++) {
            collect(exact.get(skeleton.substring(0, i) + skeleton.substring(i + 1)), skeleton, out);
        }
        return new ArrayList<>(out.values());
    }

    private static void collect(List<Entry> entries, String skeleton, Map<String, Known> out) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            if (Names.similar(skeleton, e.skeleton())) {
                out.putIfAbsent(e.known().key(), e.known());
            }
        }
    }
}
