package org.mirsad.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with facet counts.
 *
 * @param total       canonical articles matching (duplicates collapsed); a lower bound when not {@code totalExact}
 * @param hits        this page
 * @param facets      dimension → values, most frequent first (counts canonical articles)
 * @param timedOut    true when the time limit cut the search short (results are partial)
 * @param totalExact  false when so many articles match that counting stopped at {@code total} ("1000+")
 * @param facetsExact false when the facet counts are estimates from an even sample of the matches
 */
public record SearchResults(int total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean timedOut,
                            boolean totalExact, boolean facetsExact) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** Results counted exactly. */
    public SearchResults(int total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean timedOut) {
        this(total, hits, facets, timedOut, true, true);
    }
}
