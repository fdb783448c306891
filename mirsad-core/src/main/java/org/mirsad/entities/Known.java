package org.mirsad.entities;

import org.mirsad.model.EntityType;

/**
 * An actor Mirsad knows from data.
 *
 * @param key    stable identity, e.g. "country:aze", "known:vladimir putin", "actor:دميتري بيسكوف"
 * @param type   its type, or null when the source does not say (the actor dictionary)
 * @param arabic its canonical Arabic name
 * @param latin  its Latin name, or null
 */
record Known(String key, EntityType type, String arabic, String latin) {
}
