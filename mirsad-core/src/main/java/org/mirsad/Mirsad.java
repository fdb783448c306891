package org.mirsad;

import org.mirsad.agencies.AgencyStage;
import org.mirsad.dates.DateStage;
import org.mirsad.dedup.DedupStage;
import org.mirsad.entities.EntityStage;
import org.mirsad.events.EventStage;
import org.mirsad.html.HtmlMainText;
import org.mirsad.outlets.OutletSignatures;
import org.mirsad.outlets.OutletStage;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.quotes.QuoteStage;
import org.mirsad.read.Readers;
import org.mirsad.read.RecordSink;
import org.mirsad.segment.PageSegmenter;
import org.mirsad.stories.StoryStage;

/**
 * The front door of Mirsad as a library.
 *
 * <pre>{@code
 * Pipeline pipeline = Mirsad.pipeline();
 * Mirsad.read("pages/", new RecordSink() {
 *     public void page(Page page) { pipeline.extract(page).forEach(a -> System.out.println(Json.line(a))); }
 *     public void rejected(Rejection r) { System.err.println(r.source().path() + ": " + r.reason()); }
 * });
 * }</pre>
 */
public final class Mirsad {

    private Mirsad() {
    }

    /** The default pipeline: every stateless stage, with in-memory corpus stages. */
    public static Pipeline pipeline() {
        return Pipeline.builder(new PageSegmenter())
                .pageStep(new HtmlMainText())
                .pageStep(new OutletSignatures())
                .stage(new OutletStage())
                .stage(new AgencyStage())
                .stage(new DateStage())
                .stage(new EntityStage())
                .stage(new QuoteStage())
                .stage(new EventStage())
                .stage(new DedupStage())
                .stage(new StoryStage())
                .build();
    }

    /** Reads a file or directory (walked recursively), or "-" for standard input. */
    public static void read(String path, RecordSink sink) {
        Readers.read(path, sink);
    }
}
