package org.mirsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirsad.index.ArticleFields;
import org.mirsad.json.Json;
import org.mirsad.search.Searcher;
import org.mirsad.search.BadQueryException;
import org.mirsad.search.CorpusBrowser;
import org.mirsad.search.SearchRequest;
import org.mirsad.search.SearchResults;

/** The JSON API under {@code /api/} (docs/api.md; the OpenAPI description is served at /api/openapi.json). */
final class ApiRoutes {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiRoutes.class);
    private static final byte[] OPENAPI = load("openapi.json");

    private final Searcher searcher;
    private final CorpusBrowser browser;
    private final Ingester ingester;

    ApiRoutes(Searcher searcher, CorpusBrowser browser, Ingester ingester) {
        this.searcher = searcher;
        this.browser = browser;
        this.ingester = ingester;
    }

    void register(Javalin app) {
        app.get("/api/health", ctx -> json(ctx, health()));
        app.get("/api/search", this::search);
        app.get("/api/articles/{id}", ctx -> json(ctx, found(browser.article(ctx.pathParam("id")), "article")));
        app.get("/api/stories", ctx -> json(ctx, Map.of("stories", browser.stories(limit(ctx, 50)))));
        app.get("/api/stories/{id}", ctx -> json(ctx, found(browser.story(ctx.pathParam("id")), "story")));
        app.get("/api/entities", ctx -> json(ctx, Map.of("entities",
                browser.entities(limit(ctx, 50), ctx.queryParam("type")))));
        app.get("/api/entities/{id}", ctx -> json(ctx, found(browser.entity(ctx.pathParam("id")), "entity")));
        app.get("/api/events", ctx -> json(ctx, Map.of("events",
                browser.events(ctx.queryParam("type"), ctx.queryParam("entity"), limit(ctx, 50)))));
        app.post("/api/ingest", this::ingest);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI));
        app.exception(BadQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(org.mirsad.index.LuceneArticleIndex.IndexInUseException.class, (e, ctx) ->
                error(ctx, 409, "another ingest is writing to this data directory; try again when it ends"));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getStatus() == 404
                ? "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)" : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the server log has the details");
        });
    }

    private Map<String, Object> health() throws IOException {
        CorpusBrowser.Counts c = browser.counts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("articles", c.articles());
        m.put("documents", c.documents());
        m.put("ingest", ingester.enabled());
        return m;
    }

    private void search(Context ctx) throws IOException {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : ArticleFields.FACETS) {
            List<String> values = ctx.queryParams(dim);
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        String sort = Optional.ofNullable(ctx.queryParam("sort")).orElse("relevance");
        SearchRequest.Sort order = switch (sort) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new BadQueryException("sort must be 'relevance' or 'date', not '" + sort + "'");
        };
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        int limit = intParam(ctx, "limit", 20);
        int offset = intParam(ctx, "offset", 0);
        SearchResults r = searcher.search(new SearchRequest(q, filters, order, limit, offset));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q);
        m.put("total", r.total());
        m.put("total_exact", r.totalExact());
        m.put("facets_exact", r.facetsExact());
        m.put("offset", offset);
        m.put("limit", limit);
        m.put("timed_out", r.timedOut());
        m.put("hits", r.hits());
        m.put("facets", r.facets());
        json(ctx, m);
    }

    private void ingest(Context ctx) throws IOException {
        if (!ingester.enabled()) {
            error(ctx, 403, "ingest is off: start the server with an ingest token (MIRSAD_INGEST_TOKEN)");
            return;
        }
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        byte[] given = auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, ingester.token().getBytes(StandardCharsets.UTF_8))) {
            error(ctx, 401, "missing or wrong token: send 'Authorization: Bearer TOKEN'");
            return;
        }
        String name = Optional.ofNullable(ctx.queryParam("name")).orElse("upload.txt");
        if (!Ingester.NAME.matcher(name).matches()) {
            throw new BadQueryException("name '" + cut(name) + "' must be a plain file name ending in .txt, .html, "
                    + ".json, .jsonl, .gz, .warc or .wet");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new BadQueryException("the request body is empty; send the file's content as the body");
        }
        json(ctx, ingester.ingest(name, body));
    }

    static int limit(Context ctx, int byDefault) {
        int n = intParam(ctx, "limit", byDefault);
        if (n < 1 || n > CorpusBrowser.MAX_LIST) {
            throw new BadQueryException("limit must be between 1 and " + CorpusBrowser.MAX_LIST + ", not " + n);
        }
        return n;
    }

    static int intParam(Context ctx, String name, int byDefault) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadQueryException(name + " must be a whole number, not '" + cut(v) + "'");
        }
    }

    private static Object found(Optional<?> value, String what) {
        return value.orElseThrow(() -> new NotFound("no such " + what));
    }

    /** A resource the client named does not exist (404). */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.line(value));
    }

    static void error(Context ctx, int status, String message) {
        Map<String, Object> body = Map.of("error", Map.of("status", status, "message", message));
        ctx.status(status);
        json(ctx, body);
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static byte[] load(String name) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/mirsad/server/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
