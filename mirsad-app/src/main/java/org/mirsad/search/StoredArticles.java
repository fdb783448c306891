package org.mirsad.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.mirsad.index.ArticleDocument;
import org.mirsad.index.ArticleFields;

/** Reads articles back from the index's stored JSON (the {@code extract} form). */
final class StoredArticles {

    /** Oldest first, undated last: the order of a story's timeline. */
    static final Sort BY_DATE_ASC = new Sort(dateSort(false), SortField.FIELD_DOC);
    /** Newest first, undated last. */
    static final Sort BY_DATE_DESC = new Sort(dateSort(true), SortField.FIELD_SCORE);

    private static SortField dateSort(boolean newestFirst) {
        SortField f = new SortField(ArticleFields.DATE, SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    /** The article with this id, or null. */
    JsonNode byId(IndexSearcher searcher, String id) throws IOException {
        return first(searcher, ArticleFields.ID, id);
    }

    /** The first article (oldest) whose keyword field {@code field} is {@code value}, or null. */
    JsonNode first(IndexSearcher searcher, String field, String value) throws IOException {
        List<JsonNode> list = matching(searcher, new TermQuery(new Term(field, value)), 1);
        return list.isEmpty() ? null : list.get(0);
    }

    /** Up to {@code max} articles matching {@code query}, oldest first. */
    List<JsonNode> matching(IndexSearcher searcher, Query query, int max) throws IOException {
        TopDocs top = searcher.search(query, max, BY_DATE_ASC);
        List<JsonNode> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(json(searcher, sd.doc));
        }
        return out;
    }

    /** The entity with this id as one article records it, or null. */
    JsonNode entity(IndexSearcher searcher, String id) throws IOException {
        JsonNode a = first(searcher, ArticleFields.ENTITY, id);
        if (a == null) {
            return null;
        }
        for (JsonNode e : a.path("entities")) {
            if (id.equals(e.path("id").asText())) {
                return e;
            }
        }
        return null;
    }

    static JsonNode json(IndexSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, java.util.Set.of(ArticleFields.JSON));
        try {
            return ArticleDocument.readStored(d.get(ArticleFields.JSON));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored article " + doc + " is not JSON", e);
        }
    }
}
