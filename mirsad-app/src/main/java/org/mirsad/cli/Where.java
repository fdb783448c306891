package org.mirsad.cli;

import org.mirsad.model.Provenance;

/** A record's place for messages: "pages/a.jsonl (line 7)", "crawl.warc.gz (record 3)", "page.txt". */
final class Where {

    private Where() {
    }

    static String of(Provenance p) {
        if (p.record() > 0) {
            return p.path() + " (record " + p.record() + (p.fromLine() > 0 ? ", line " + p.fromLine() : "") + ")";
        }
        return p.fromLine() > 1 ? p.path() + " (line " + p.fromLine() + ")" : p.path();
    }
}
