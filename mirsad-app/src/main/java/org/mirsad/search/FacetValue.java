package org.mirsad.search;

/**
 * One value of a facet with the number of canonical articles that have it.
 *
 * @param value what to filter on (an id for entities and stories)
 * @param label what to show (an entity's canonical name, a story's first headline), else the value
 */
public record FacetValue(String value, String label, int count) {
}
