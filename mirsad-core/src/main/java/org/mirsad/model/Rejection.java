package org.mirsad.model;

import java.io.Serializable;

/**
 * An input record that could not become a page, with the reason, so that nothing is silently lost.
 *
 * @param source where it was
 * @param reason what is wrong, in words a user understands ("empty file", "binary content")
 */
public record Rejection(Provenance source, String reason) implements Serializable {
}
