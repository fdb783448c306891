package org.mirsad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's shared folder ({@code ../shared} beside the repository: seeds and real data sets).
 * Acceptance tests call {@link #require(String)}, which skips the test with a clear message in a
 * user's clone where the folder is absent, and never fails for that.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, found from the module or the project directory, or null when absent. */
    public static Path dir() {
        String env = System.getenv("MIRSAD_SHARED");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds")) || Files.isDirectory(candidate.resolve("data"))) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code relative} inside the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path d = dir();
        Assumptions.assumeTrue(d != null && Files.exists(d.resolve(relative)),
                "skipped: ../shared/" + relative + " is not here (it is the project's shared data, absent in a user's clone)");
        return d.resolve(relative);
    }
}
