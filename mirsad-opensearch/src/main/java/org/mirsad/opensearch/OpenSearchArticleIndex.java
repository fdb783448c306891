package org.mirsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.mirsad.index.ArticleIndex;
import org.mirsad.json.Json;
import org.mirsad.model.Article;

/**
 * Writes articles to the cluster's index with the bulk API, {@value #BATCH} at a time; the document id
 * is the article id, so adding an article again replaces it (a resumed ingest is harmless).
 * {@link #commit} sends what is buffered and refreshes the index so searches see it.
 */
final class OpenSearchArticleIndex implements ArticleIndex {

    static final int BATCH = 500;
    /** A bulk request stays well under OpenSearch's default 100 MB request limit. */
    static final int MAX_BATCH_CHARS = 8 << 20;

    private final Cluster cluster;
    private final boolean ownsCluster;
    private final StringBuilder batch = new StringBuilder();
    private int buffered;

    OpenSearchArticleIndex(Cluster cluster, boolean ownsCluster) throws IOException {
        this.cluster = cluster;
        this.ownsCluster = ownsCluster;
        IndexMapping.ensure(cluster);
    }

    @Override
    public void add(Article article) throws IOException {
        ObjectNode action = Json.mapper().createObjectNode();
        action.putObject("index").put("_index", cluster.index()).put("_id", article.id());
        batch.append(action.toString()).append('\n');
        batch.append(Json.mapper().writeValueAsString(ArticleSource.of(article))).append('\n');
        if (++buffered >= BATCH || batch.length() >= MAX_BATCH_CHARS) {
            flush();
        }
    }

    @Override
    public void commit() throws IOException {
        flush();
        cluster.send("POST", "/" + cluster.index() + "/_refresh", null);
    }

    private void flush() throws IOException {
        if (buffered == 0) {
            return;
        }
        JsonNode answer = cluster.sendLines("/_bulk", batch.toString());
        batch.setLength(0);
        buffered = 0;
        if (answer.path("errors").asBoolean(false)) {
            for (JsonNode item : answer.path("items")) {
                JsonNode op = item.path("index");
                if (op.has("error")) {
                    throw new IOException(cluster.url() + ": OpenSearch refused article " + op.path("_id").asText()
                            + ": " + op.path("error").path("reason").asText(op.path("error").toString()));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            if (ownsCluster) {
                cluster.close();
            }
        }
    }
}
