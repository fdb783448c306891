package org.mirsad.events;

/**
 * What a lexicon phrase names: a country (country set, role null) or a group (role set).
 *
 * @param country ISO alpha-3, or null for a group noun
 * @param role    CAMEO agent code (MIL, COP, REB …), or null for a country
 * @param label   English name of the country or the group
 */
record ActorKind(String country, String role, String label) {
}
