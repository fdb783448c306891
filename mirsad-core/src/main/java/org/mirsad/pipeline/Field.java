package org.mirsad.pipeline;

/**
 * What an article holds once a stage has run. Stages declare the fields they need and the fields
 * they add; {@link Pipeline.Builder#build()} refuses an order in which a stage would read a field no
 * earlier stage filled.
 */
public enum Field {
    /** headline, lede, paragraphs, subheads, captions: the segmenter's output */
    TEXT,
    OUTLET,
    AGENCIES,
    DATE,
    ENTITIES,
    QUOTES,
    EVENTS,
    DUPLICATE,
    STORY
}
