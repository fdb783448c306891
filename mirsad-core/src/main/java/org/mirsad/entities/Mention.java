package org.mirsad.entities;

import java.util.List;
import org.mirsad.model.EntityType;

/**
 * One mention of a name in a text.
 *
 * @param written as it stands in the text, clitics included (لبوتين)
 * @param name    without a leading clitic (بوتين): what the name itself looks like
 * @param tokens  matching tokens of {@code name} (see {@link Names#tokens})
 * @param type    the tagger's or the gazetteer's type
 * @param start   character offset of {@code written} in the text
 * @param end     end offset, exclusive
 * @param known   the actor it names, when data knows it
 */
record Mention(String written, String name, List<String> tokens, EntityType type, int start, int end, Known known) {

    Mention {
        tokens = List.copyOf(tokens);
    }
}
