package org.mirsad.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.mirsad.index.ArticleDocument;
import org.mirsad.json.Json;
import org.mirsad.model.Article;

/**
 * The OpenSearch document of an article. It is read off the embedded index's Lucene document
 * ({@link ArticleDocument#of}), so that both backends index the same field values and the mapping of
 * an article to fields lives in one place: every string value of a field the index mapping declares
 * (points, doc values and numeric copies are Lucene's business and are left out).
 */
final class ArticleSource {

    private static final Set<String> FIELDS = IndexMapping.fields();
    private static final Set<String> COPIED = IndexMapping.copied();

    private ArticleSource() {
    }

    static ObjectNode of(Article article) {
        Document doc = ArticleDocument.of(article);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (IndexableField f : doc) {
            if (!FIELDS.contains(f.name()) || COPIED.contains(f.name()) || f.numericValue() != null) {
                continue;
            }
            String v = f.stringValue();
            if (v != null) {
                values.computeIfAbsent(f.name(), k -> new java.util.ArrayList<>()).add(v);
            }
        }
        ObjectNode node = Json.mapper().createObjectNode();
        values.forEach((name, list) -> {
            if (list.size() == 1) {
                node.put(name, list.get(0));
            } else {
                ArrayNode a = node.putArray(name);
                list.forEach(a::add);
            }
        });
        return node;
    }
}
