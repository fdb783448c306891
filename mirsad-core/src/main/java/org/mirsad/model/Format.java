package org.mirsad.model;

/** What kind of content a page carries; the segmenter treats HTML and plain text differently. */
public enum Format {
    TEXT,
    HTML
}
