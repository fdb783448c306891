package org.mirsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mirsad.store.Store;
import org.mirsad.store.StoreException;
import org.mirsad.store.StoredStories;
import org.mirsad.stories.StorySummary;

/** Opens the store of an existing data directory for the read-only commands (stories, story, events). */
final class StoredData {

    private StoredData() {
    }

    /** @throws UserInputException when the directory holds no Mirsad database */
    static Store open(Path data) {
        if (!Files.isRegularFile(data.resolve(Store.DATABASE_FILE))) {
            throw new UserInputException("no Mirsad data in " + data + " (run 'mirsad ingest PATH --data " + data
                    + "' first)");
        }
        try {
            return Store.open(data);
        } catch (StoreException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** The summary of a stored story, or null when no article of the data directory is in it. */
    static StorySummary story(Store store, String id) {
        return StoredStories.summarize(store, id);
    }
}
