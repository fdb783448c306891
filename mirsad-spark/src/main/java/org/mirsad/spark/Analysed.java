package org.mirsad.spark;

import java.io.Serializable;
import org.mirsad.model.Article;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;

/** What one input record became on an executor: an analysed article, or a rejection with its reason. */
record Analysed(Article article, Rejection rejection) implements Serializable {

    Provenance source() {
        return article != null ? article.source() : rejection.source();
    }

    /** Input order: file, record, byte offset, line; the order the single-machine reader walks in. */
    String orderKey() {
        Provenance p = source();
        return String.format("%s\u0000%010d\u0000%015d\u0000%010d", p.path(), p.record(), p.offset() + 1, p.fromLine());
    }
}
