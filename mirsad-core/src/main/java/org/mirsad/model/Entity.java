package org.mirsad.model;

import java.io.Serializable;
import java.util.List;

/**
 * A named entity as it appears in one article: one id whatever the spelling.
 *
 * @param id        stable across articles and runs
 * @param canonical its most complete common Arabic form
 * @param type      PER, LOC, ORG or MISC
 * @param mentions  the surface forms in this article, as written
 * @param latin     a Latin name where known, else null
 */
public record Entity(String id, String canonical, EntityType type, List<String> mentions, String latin) implements Serializable {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
