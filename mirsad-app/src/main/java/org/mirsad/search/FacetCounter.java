package org.mirsad.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.mirsad.index.ArticleFields;

/**
 * Facet counts over canonical articles (lucene-facet's sorted-set doc values), with labels for
 * people: an entity's canonical name, a story's earliest headline. The reader state is built once
 * per index reader (it scans the ordinals) and reused until the reader changes.
 */
final class FacetCounter {

    private final StoredArticles stored;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;
    /** Labels found so far for the current reader: "dim U+001F value" → label. */
    private final java.util.Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

    FacetCounter(StoredArticles stored) {
        this.stored = stored;
    }

    /** Top {@code n} values of every dimension among documents matching {@code query}. */
    Map<String, List<FacetValue>> count(IndexSearcher searcher, Query query, List<String> dims, int n)
            throws IOException {
        return count(searcher, query, dims, n, 1);
    }

    /**
     * Top {@code n} values of every dimension, counted over every {@code stride}-th document of the
     * index ({@link StrideSample}) among those matching {@code query}, each count multiplied by
     * {@code stride}: an estimate when {@code stride} > 1, exact when it is 1.
     */
    Map<String, List<FacetValue>> count(IndexSearcher searcher, Query query, List<String> dims, int n, int stride)
            throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState st = state(searcher.getIndexReader());
        if (st == null) {
            dims.forEach(d -> out.put(d, List.of()));
            return out;
        }
        FacetsCollector fc = new FacetsCollector();
        Query counted = stride == 1 ? query : new org.apache.lucene.search.BooleanQuery.Builder()
                .add(query, org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new StrideSample(stride), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
        searcher.search(counted, fc);
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(st, fc);
        for (String dim : dims) {
            out.put(dim, values(searcher, dim, topChildren(counts, dim, n), stride));
        }
        return out;
    }

    private static FacetResult topChildren(SortedSetDocValuesFacetCounts counts, String dim, int n) throws IOException {
        try {
            return counts.getTopChildren(n, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return null; // no article has this dimension yet
        }
    }

    private List<FacetValue> values(IndexSearcher searcher, String dim, FacetResult r, int stride)
            throws IOException {
        List<FacetValue> list = new ArrayList<>();
        if (r == null) {
            return list;
        }
        for (LabelAndValue lv : r.labelValues) {
            list.add(new FacetValue(lv.label, label(searcher, dim, lv.label), lv.value.intValue() * stride));
        }
        return list;
    }

    String label(IndexSearcher searcher, String dim, String value) throws IOException {
        if (searcher.getIndexReader() != stateReader) {
            return lookUp(searcher, dim, value);
        }
        String key = dim + ArticleFields.KEY_SEPARATOR + value;
        String known = labels.get(key);
        if (known == null) {
            known = lookUp(searcher, dim, value);
            labels.put(key, known);
        }
        return known;
    }

    private String lookUp(IndexSearcher searcher, String dim, String value) throws IOException {
        if (ArticleFields.ENTITY.equals(dim)) {
            JsonNode e = stored.entity(searcher, value);
            return e == null ? value : e.path("canonical").asText(value);
        }
        if (ArticleFields.STORY.equals(dim)) {
            JsonNode a = stored.first(searcher, ArticleFields.STORY, value);
            return a == null ? value : a.path("headline").asText(value);
        }
        return value;
    }

    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            stateReader = reader;
            labels.clear();
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.facetsConfig());
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
        }
        return state;
    }
}
