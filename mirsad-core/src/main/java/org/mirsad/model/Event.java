package org.mirsad.model;

import java.io.Serializable;

/**
 * Who did what to whom, in PLOVER terms.
 *
 * @param type     a PLOVER type such as ASSAULT, AGREE, REJECT
 * @param source   the acting side, or null
 * @param target   the side acted on, or null
 * @param trigger  the words that name the event
 * @param sentence the sentence it was found in
 */
public record Event(String type, String source, String target, String trigger, String sentence) implements Serializable {
}
