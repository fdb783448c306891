package org.mirsad.segment;

import java.io.IOException;
import java.util.Map;

/**
 * Where a {@link BoilerplateLearner} keeps its counts between runs (the store puts them in the
 * data directory: {@link FileBoilerplateStore}).
 */
public interface BoilerplateStore {

    /** One outlet's counts: pages seen and, per line key, the pages it occurred on. */
    record OutletSnapshot(int pages, Map<String, Integer> lines) {
        public OutletSnapshot {
            lines = Map.copyOf(lines);
        }
    }

    /** All outlets' counts. */
    record Snapshot(Map<String, OutletSnapshot> outlets) {
        public static final Snapshot EMPTY = new Snapshot(Map.of());

        public Snapshot {
            outlets = Map.copyOf(outlets);
        }
    }

    /** The stored counts, or {@link Snapshot#EMPTY} when nothing is stored yet. */
    Snapshot load() throws IOException;

    void save(Snapshot snapshot) throws IOException;
}
