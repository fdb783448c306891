package org.mirsad.model;

import java.io.Serializable;

/**
 * A photo caption, kept apart from the body.
 *
 * @param text   the caption without its credit
 * @param credit the photo credit as written, e.g. "أرشيفية - رويترز", or null
 */
public record Caption(String text, String credit) implements Serializable {
}
