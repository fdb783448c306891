package org.mirsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.index.ArticleFields;
import org.mirsad.json.Json;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.BadQueryException;
import org.mirsad.search.FacetValue;
import org.mirsad.search.Hit;
import org.mirsad.search.SearchRequest;
import org.mirsad.search.SearchResults;
import org.mirsad.search.Searcher;
import org.mirsad.search.Snippet;

/**
 * Searches the cluster's article index with the same requests and results as the embedded
 * {@link ArticleSearcher}: the query in Lucene's classic syntax ({@code query_string}, every word
 * required, the default fields and weights of {@link ArticleFields#BOOSTS}), facet filters as term
 * filters, duplicates collapsed on the canonical id ({@code collapse} on {@code group}), facets as
 * terms aggregations over canonical articles, snippets from the highlighter. A second request counts
 * each hit's copies ("carried by N").
 */
final class OpenSearchSearcher implements Searcher {

    static final int FACET_VALUES = 10;
    static final int MAX_COPIES = 100;
    /** Cardinality is exact below this many groups (OpenSearch's maximum threshold is 40,000). */
    static final int EXACT_GROUPS = 40_000;
    static final List<String> HIT_FIELDS = List.of(ArticleFields.ID, ArticleFields.DUPLICATE_OF, ArticleFields.HEADLINE,
            ArticleFields.LEDE, ArticleFields.OUTLET, ArticleFields.DATE, ArticleFields.STORY, ArticleFields.GROUP);

    private final Cluster cluster;
    private final Duration timeout;

    OpenSearchSearcher(Cluster cluster, Duration timeout) {
        this.cluster = cluster;
        this.timeout = timeout;
    }

    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        JsonNode answer;
        try {
            answer = cluster.send("POST", "/" + cluster.index() + "/_search", body(request).toString());
        } catch (Cluster.ClusterException e) {
            if (e.status() == 400) {
                throw new BadQueryException("cannot parse the query '" + request.query() + "': " + e.getMessage());
            }
            throw e;
        }
        List<JsonNode> found = new ArrayList<>();
        answer.path("hits").path("hits").forEach(found::add);
        Map<String, JsonNode> groups = copies(found);
        List<Hit> hits = new ArrayList<>(found.size());
        for (JsonNode h : found) {
            hits.add(hit(h, groups.get(group(h))));
        }
        int total = answer.path("aggregations").path("groups").path("value").asInt(0);
        return new SearchResults(total, hits, facets(answer.path("aggregations").path("canonical")),
                answer.path("timed_out").asBoolean(false));
    }

    /** The search request body. */
    ObjectNode body(SearchRequest request) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("from", request.offset()).put("size", request.limit()).put("track_scores", true)
                .put("timeout", timeout.toMillis() + "ms");
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(textQuery(request.query()));
        ArrayNode filter = bool.putArray("filter");
        request.filters().forEach((dim, values) -> values.forEach(v ->
                filter.addObject().putObject("term").put(dim, v)));
        body.putObject("collapse").put("field", ArticleFields.GROUP);
        if (request.sort() == SearchRequest.Sort.DATE) {
            ArrayNode sort = body.putArray("sort");
            sort.addObject().putObject(ArticleFields.DATE).put("order", "desc").put("missing", "_last");
            sort.add("_score");
        }
        ArrayNode source = body.putArray("_source");
        HIT_FIELDS.forEach(source::add);
        body.set("highlight", SnippetMarks.highlight());
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("groups").putObject("cardinality").put("field", ArticleFields.GROUP)
                .put("precision_threshold", EXACT_GROUPS);
        ObjectNode canonical = aggs.putObject("canonical");
        canonical.putObject("filter").putObject("term").put(ArticleFields.CANONICAL, "true");
        ObjectNode dims = canonical.putObject("aggs");
        for (String dim : ArticleFields.FACETS) {
            dims.putObject(dim).putObject("terms").put("field", dim).put("size", FACET_VALUES);
        }
        return body;
    }

    private static ObjectNode textQuery(String query) {
        ObjectNode q = Json.mapper().createObjectNode();
        if (query.isEmpty()) {
            q.putObject("match_all");
            return q;
        }
        ObjectNode qs = q.putObject("query_string");
        qs.put("query", query).put("default_operator", "AND").put("lenient", true);
        ArrayNode fields = qs.putArray("fields");
        for (String f : ArticleFields.DEFAULT_FIELDS) {
            fields.add(f + "^" + ArticleFields.BOOSTS.getOrDefault(f, 1f));
        }
        return q;
    }

    /** For each hit's group: how many copies the index holds, their outlets and ids, the canonical copy. */
    private Map<String, JsonNode> copies(List<JsonNode> hits) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (hits.isEmpty()) {
            return out;
        }
        ObjectNode body = Json.mapper().createObjectNode().put("size", 0);
        ArrayNode groups = body.putObject("query").putObject("terms").putArray(ArticleFields.GROUP);
        hits.forEach(h -> groups.add(group(h)));
        ObjectNode byGroup = body.putObject("aggs").putObject("g");
        byGroup.putObject("terms").put("field", ArticleFields.GROUP).put("size", hits.size());
        ObjectNode sub = byGroup.putObject("aggs");
        sub.putObject("outlets").putObject("terms").put("field", ArticleFields.OUTLET).put("size", MAX_COPIES);
        sub.putObject("ids").putObject("terms").put("field", ArticleFields.ID).put("size", MAX_COPIES);
        ObjectNode canonical = sub.putObject("canonical");
        canonical.putObject("filter").putObject("term").put(ArticleFields.CANONICAL, "true");
        ObjectNode top = canonical.putObject("aggs").putObject("doc").putObject("top_hits").put("size", 1);
        ArrayNode source = top.putArray("_source");
        HIT_FIELDS.forEach(source::add);
        JsonNode answer = cluster.send("POST", "/" + cluster.index() + "/_search", body.toString());
        for (JsonNode bucket : answer.path("aggregations").path("g").path("buckets")) {
            out.put(bucket.path("key").asText(), bucket);
        }
        return out;
    }

    private static Hit hit(JsonNode h, JsonNode copies) {
        JsonNode matched = h.path("_source");
        String group = group(h);
        JsonNode shown = matched;
        int carried = 1;
        List<String> outlets = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        ids.add(group);
        if (copies != null) {
            carried = Math.max(1, copies.path("doc_count").asInt(1));
            copies.path("outlets").path("buckets").forEach(b -> outlets.add(b.path("key").asText()));
            copies.path("ids").path("buckets").forEach(b -> {
                if (!group.equals(b.path("key").asText())) {
                    ids.add(b.path("key").asText());
                }
            });
            JsonNode canonical = copies.path("canonical").path("doc").path("hits").path("hits").path(0).path("_source");
            if (!canonical.isMissingNode()) { // else the canonical copy is not (yet) in the index
                shown = canonical;
            }
        }
        Snippet snippet = SnippetMarks.pick(h.path("highlight"), matched);
        String headline = text(shown, ArticleFields.HEADLINE);
        return new Hit(group, ArticleSearcher.cut(headline == null ? "" : headline, ArticleSearcher.MAX_HEADLINE),
                text(shown, ArticleFields.OUTLET), text(shown, ArticleFields.DATE), text(shown, ArticleFields.STORY),
                (float) h.path("_score").asDouble(0), snippet.text(), snippet.highlights(), carried, outlets, ids);
    }

    private static Map<String, List<FacetValue>> facets(JsonNode canonical) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : ArticleFields.FACETS) {
            List<FacetValue> values = new ArrayList<>();
            for (JsonNode b : canonical.path(dim).path("buckets")) {
                String v = b.path("key").asText();
                values.add(new FacetValue(v, v, b.path("doc_count").asInt()));
            }
            out.put(dim, values);
        }
        return out;
    }

    private static String group(JsonNode hit) {
        JsonNode collapsed = hit.path("fields").path(ArticleFields.GROUP).path(0);
        return collapsed.isMissingNode() ? hit.path("_source").path(ArticleFields.GROUP).asText(hit.path("_id").asText())
                : collapsed.asText();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    @Override
    public void close() throws IOException {
        cluster.close();
    }
}
