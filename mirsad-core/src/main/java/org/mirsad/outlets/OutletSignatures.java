package org.mirsad.outlets;

import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.pipeline.PageStep;

/**
 * The page step that records outlet marks ({@link OutletDetector}) in the page's
 * {@code SourceMetadata.signals()} before the segmenter drops the lines that carry them. Every
 * segmenter passes the page's metadata on to its articles, and {@link OutletStage} reads it there.
 * Runs after HTML extraction, on text.
 */
public final class OutletSignatures implements PageStep {

    private final OutletDetector detector;

    public OutletSignatures(OutletDetector detector) {
        this.detector = detector;
    }

    public OutletSignatures() {
        this(OutletDetector.standard());
    }

    @Override
    public String name() {
        return "outlet-signatures";
    }

    @Override
    public Page apply(Page page) {
        if (page.format() != Format.TEXT) {
            return page;
        }
        var signals = detector.detect(page.content());
        if (signals.isEmpty()) {
            return page;
        }
        return new Page(page.source(), page.format(), page.content(), page.metadata().withSignals(signals),
                page.warnings());
    }
}
