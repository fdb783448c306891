package org.mirsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.mirsad.json.Json;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * One OpenSearch cluster and the index Mirsad uses in it, named by a URL: {@code http://host:9200}
 * (index {@value #DEFAULT_INDEX}) or {@code http://host:9200/news} (index {@code news}). Requests and
 * answers are the JSON of OpenSearch's REST API (as its documentation shows them), sent through
 * opensearch-java's generic client over the Apache httpclient5 transport.
 */
final class Cluster implements Closeable {

    static final String DEFAULT_INDEX = "mirsad";
    static final int DEFAULT_PORT = 9200;
    /** OpenSearch index names: lower case, no leading '-', '_' or '+' (a subset of what it accepts). */
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,200}");

    private final URI url;
    private final String index;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    private Cluster(URI url, String index, ApacheHttpClient5Transport transport) {
        this.url = url;
        this.index = index;
        this.transport = transport;
        this.client = new OpenSearchClient(transport).generic();
    }

    /** Connects (lazily: no request is sent yet) to the cluster at {@code url}. */
    static Cluster at(URI url, Duration timeout) {
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("^/+|/+$", "");
        String index = path.isEmpty() ? DEFAULT_INDEX : path;
        if (!INDEX_NAME.matcher(index).matches()) {
            throw new IllegalArgumentException(url + ": '" + index + "' is not an index name (lower-case letters,"
                    + " digits, '-' and '_')");
        }
        HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort() < 0 ? DEFAULT_PORT : url.getPort());
        ApacheHttpClient5Transport transport = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper(Json.mapper()))
                .setRequestConfigCallback(b -> b.setConnectTimeout(Timeout.ofSeconds(10))
                        .setResponseTimeout(Timeout.of(timeout.plusSeconds(5))))
                .build();
        return new Cluster(url, index, transport);
    }

    String index() {
        return index;
    }

    URI url() {
        return url;
    }

    /** Sends a request with a JSON body (or none) and returns the answer; non-2xx is a {@link ClusterException}. */
    JsonNode send(String method, String endpoint, String json) throws IOException {
        Requests.JsonBodyBuilder b = Requests.builder().method(method).endpoint(endpoint);
        if (json != null) {
            b.json(json);
        }
        return execute(b.build(), method + " " + endpoint);
    }

    /** Sends newline-delimited JSON (the bulk API). */
    JsonNode sendLines(String endpoint, String ndjson) throws IOException {
        Request r = Requests.builder().method("POST").endpoint(endpoint)
                .body(Body.from(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson")).build();
        return execute(r, "POST " + endpoint);
    }

    /** Whether {@code endpoint} exists (HEAD: 200 or 404). */
    boolean exists(String endpoint) throws IOException {
        try (Response r = client.execute(Requests.builder().method("HEAD").endpoint(endpoint).build())) {
            return r.getStatus() == 200;
        } catch (java.net.ConnectException e) {
            throw unreachable(e);
        }
    }

    private JsonNode execute(Request request, String what) throws IOException {
        try (Response r = client.execute(request)) {
            String body = r.getBody().map(Body::bodyAsString).orElse("");
            JsonNode node = body.isEmpty() ? Json.mapper().createObjectNode() : Json.mapper().readTree(body);
            if (r.getStatus() / 100 != 2) {
                throw new ClusterException(r.getStatus(), url + ": " + what + " failed (" + r.getStatus() + "): "
                        + reason(node));
            }
            return node;
        } catch (java.net.ConnectException e) {
            throw unreachable(e);
        }
    }

    private IOException unreachable(java.net.ConnectException e) {
        return new org.mirsad.search.SearchBackend.UnreachableException("cannot reach OpenSearch at " + url + " (" + e.getMessage() + ")", e);
    }

    /** The first root cause OpenSearch gives, else its whole answer. */
    static String reason(JsonNode error) {
        JsonNode cause = error.path("error").path("root_cause").path(0);
        if (cause.isMissingNode()) {
            cause = error.path("error");
        }
        String reason = cause.path("reason").asText("");
        return reason.isEmpty() ? error.toString() : reason;
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }

    /** OpenSearch answered with an error status. */
    static final class ClusterException extends IOException {
        private final int status;

        ClusterException(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
