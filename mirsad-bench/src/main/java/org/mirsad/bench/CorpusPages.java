package org.mirsad.bench;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.Mirsad;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.mirsad.read.RecordSink;

/** The pages of a corpus held in memory, so that CPU tools can time the stages over them again and again. */
final class CorpusPages {

    private CorpusPages() {
    }

    /** Every page the readers deliver from {@code path} (anything {@code mirsad extract} reads); rejections dropped. */
    static List<Page> read(String path) {
        List<Page> pages = new ArrayList<>();
        Mirsad.read(path, new RecordSink() {
            @Override
            public void page(Page page) {
                pages.add(page);
            }

            @Override
            public void rejected(Rejection r) {
                // mirsad extract reports these; the CPU tools time only what the pipeline analyses
            }
        });
        return pages;
    }
}
