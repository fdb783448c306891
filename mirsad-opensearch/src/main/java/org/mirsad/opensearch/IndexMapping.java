package org.mirsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mirsad.json.Json;

/**
 * The settings and mapping of Mirsad's OpenSearch index ({@code index.json}, data): the Arabic analysis
 * rebuilt from OpenSearch's built-in filters, and the fields of {@link org.mirsad.index.ArticleFields}.
 * How it differs from the embedded analysis is written in docs/opensearch.md.
 */
final class IndexMapping {

    static final String RESOURCE = "index.json";
    private static final JsonNode DEFINITION = load();

    private IndexMapping() {
    }

    /** The body of the create-index request. */
    static JsonNode definition() {
        return DEFINITION;
    }

    /** The field names the mapping declares. */
    static Set<String> fields() {
        Set<String> names = new LinkedHashSet<>();
        DEFINITION.path("mappings").path("properties").fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    /** Fields filled by {@code copy_to} from others, never sent. */
    static Set<String> copied() {
        Set<String> out = new LinkedHashSet<>();
        DEFINITION.path("mappings").path("properties").forEach(p -> {
            if (p.has("copy_to")) {
                out.add(p.get("copy_to").asText());
            }
        });
        return Set.copyOf(out);
    }

    /** Creates the index in the cluster unless it exists. */
    static void ensure(Cluster cluster) throws IOException {
        if (!cluster.exists("/" + cluster.index())) {
            try {
                cluster.send("PUT", "/" + cluster.index(), DEFINITION.toString());
            } catch (Cluster.ClusterException e) {
                // Another writer created it between the check and the request: that is fine.
                if (!cluster.exists("/" + cluster.index())) {
                    throw e;
                }
            }
        }
    }

    private static JsonNode load() {
        try (InputStream in = IndexMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/mirsad/opensearch/" + RESOURCE);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/mirsad/opensearch/" + RESOURCE, e);
        }
    }
}
