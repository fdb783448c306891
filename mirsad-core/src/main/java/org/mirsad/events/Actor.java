package org.mirsad.events;

/**
 * Someone who acts in an event, found in a sentence: a named entity, a country, or a group noun
 * with its country (جنوداً أذربيجانيين → Azerbaijan military, AZEMIL).
 *
 * @param from    first token
 * @param to      token after the last
 * @param label   readable name: an entity's name, "Russia", "Azerbaijan military", "protesters"
 * @param code    CAMEO-style actor code: country ISO alpha-3 and role (RUS, AZEMIL, COP), or null
 * @param country ISO alpha-3 of the actor's country, or null
 */
record Actor(int from, int to, String label, String code, String country) {

    boolean sameSideAs(Actor other) {
        return other != null && (label.equals(other.label()) || (country != null && country.equals(other.country())));
    }
}
