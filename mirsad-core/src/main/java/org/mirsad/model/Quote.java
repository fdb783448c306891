package org.mirsad.model;

import java.io.Serializable;

/**
 * A quotation with its speaker.
 *
 * @param speaker       the speaker as named in the text, or null
 * @param speakerEntity the speaker's entity id, or null
 * @param text          what was said
 * @param kind          DIRECT (in quote marks) or INDIRECT (قال … إن …)
 */
public record Quote(String speaker, String speakerEntity, String text, Kind kind) implements Serializable {

    public enum Kind { DIRECT, INDIRECT }
}
