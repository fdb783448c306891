package org.mirsad.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with facet counts.
 *
 * @param total    canonical articles matching (duplicates collapsed)
 * @param hits     this page
 * @param facets   dimension → values, most frequent first (counts canonical articles)
 * @param timedOut true when the time limit cut the search short (results are partial)
 */
public record SearchResults(int total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean timedOut) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
