package org.mirsad.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;

/**
 * What the ledger knows an input record by: where it is (the absolute path, so a re-run from
 * another directory still recognises it, plus record, offset and lines) and a hash of its content
 * (so an edited file is a new record). A rejection has no content; its hash is empty.
 */
public record LedgerKey(String locator, String contentHash) {

    public LedgerKey {
        if (locator == null || locator.isEmpty()) {
            throw new IllegalArgumentException("locator must not be empty");
        }
        contentHash = contentHash == null ? "" : contentHash;
    }

    public static LedgerKey of(Page page) {
        return new LedgerKey(locator(page.source()), ArticleId.hash(page.format() + "\n" + page.content()));
    }

    public static LedgerKey of(Rejection rejection) {
        return new LedgerKey(locator(rejection.source()), "");
    }

    static String locator(Provenance p) {
        String path = p.path();
        if (!"-".equals(path)) {
            try {
                path = Path.of(path).toAbsolutePath().normalize().toString();
            } catch (InvalidPathException e) {
                // keep the path as given: it names the record all the same
            }
        }
        return new Provenance(path, p.fromLine(), p.toLine(), p.record(), p.offset(), p.url(), p.fetched()).locator();
    }
}
