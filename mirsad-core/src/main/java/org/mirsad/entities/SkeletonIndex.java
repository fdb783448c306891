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

    /** Distinct actors (by key) whose skeleton is {@code skeleton}, in index order. */
    List<Known> findEqual(String skeleton) {
        Map<String, Known> out = collect(exact.get(skeleton), skeleton, null);
        return out == null ? new ArrayList<>() : new ArrayList<>(out.values());
    }

    /** Distinct actors (by key) whose skeleton is similar to {@code skeleton}, in index order. */
    List<Known> find(String skeleton) {
        // most names match nothing: no map is made for them, and each deletion is one string
        Map<String, Known> out = collect(exact.get(skeleton), skeleton, null);
        out = collect(deleted.get(skeleton), skeleton, out);
        int n = skeleton.length();
        char[] buf = new char[Math.max(0, n - 1)];
        for (int i = 0; i < n; i++) {
            skeleton.getChars(0, i, buf, 0);
            skeleton.getChars(i + 1, n, buf, i);
            out = collect(exact.get(new String(buf)), skeleton, out);
        }
        return out == null ? new ArrayList<>() : new ArrayList<>(out.values());
    }

    private static Map<String, Known> collect(List<Entry> entries, String skeleton, Map<String, Known> out) {
        if (entries == null) {
            return out;
        }
        for (Entry e : entries) {
            if (Names.similar(skeleton, e.skeleton())) {
                if (out == null) {
                    out = new LinkedHashMap<>();
                }
                out.putIfAbsent(e.known().key(), e.known());
            }
        }
        return out;
    }
}
