package org.mirsad.pipeline;

import org.mirsad.model.Page;

/**
 * Work on a whole page before it is split into articles: HTML main-text extraction turns markup into
 * the plain text the segmenter reads; the outlet signature scan records site marks that segmentation
 * drops. Steps run in the order they were added, each on the page the previous one returned; like
 * {@link Stage}s they hold no state between pages.
 */
public interface PageStep {

    /** A short name for logs and errors, e.g. "html". */
    String name();

    Page apply(Page page);
}
