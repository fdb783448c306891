package org.mirsad.read;

import org.mirsad.model.Page;
import org.mirsad.model.Rejection;

/** Where a reader delivers what it read: each input record ends as a page or as a rejection. */
public interface RecordSink {

    void page(Page page);

    void rejected(Rejection rejection);
}
