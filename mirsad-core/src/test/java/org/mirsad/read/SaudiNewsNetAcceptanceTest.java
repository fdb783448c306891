package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mirsad.SharedData;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;

/**
 * The real SaudiNewsNet export (12 gzip JSON arrays, 20,329 records; ../shared/data/README.md): every
 * record comes through as a page or as a rejection that says why, and the scraper's fields land
 * where they belong.
 */
class SaudiNewsNetAcceptanceTest {

    private static final int RECORDS = 20_329;

    @Test
    void everyRecordBecomesAPageOrARejection() {
        Path folder = SharedData.require("data/news/saudinewsnet");
        int[] pages = {0};
        int[] withEverything = {0};
        int[] titled = {0};
        int[] rejected = {0};
        int[] rejectedForNoText = {0};
        Readers.read(folder.toString(), new RecordSink() {
            @Override
            public void page(Page page) {
                pages[0]++;
                boolean complete = page.source().url() != null && page.source().fetched() != null
                        && page.source().fetched().isAfter(Instant.parse("2015-07-20T00:00:00Z"))
                        && page.metadata().outlet() != null
                        && page.source().record() > 0 && page.format() == Format.TEXT && page.warnings().isEmpty();
                if (complete) {
                    withEverything[0]++;
                }
                if (page.metadata().title() != null) {
                    titled[0]++;
                }
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected[0]++;
                if (rejection.reason().startsWith("no text field") || rejection.reason().startsWith("the text field holds no text")) {
                    rejectedForNoText[0]++;
                }
            }
        });
        assertThat(pages[0] + rejected[0]).isEqualTo(RECORDS);
        assertThat(rejected[0]).isEqualTo(rejectedForNoText[0]).isLessThan(RECORDS / 50);
        assertThat(withEverything[0]).isEqualTo(pages[0]);
        // A handful of records have no title in the export itself (sabq "profile" pages, almadina captions).
        assertThat(titled[0]).isGreaterThan(pages[0] - 20);
    }
}
