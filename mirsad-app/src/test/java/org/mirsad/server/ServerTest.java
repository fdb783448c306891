package org.mirsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.json.Json;
import org.mirsad.search.Fixtures;

class ServerTest {

    @TempDir
    static Path data;
    static Server server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Fixtures.index(data, Fixtures.corpus());
        server = Server.start(ServerOptions.defaults(data).withPort(0).withIngestToken("s3cret"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return Json.mapper().readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void bindsLoopbackByDefault() {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        assertThat(ServerOptions.defaults(data).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void healthCountsArticles() throws Exception {
        JsonNode h = json("/api/health");
        assertThat(h.path("status").asText()).isEqualTo("ok");
        assertThat(h.path("articles").asInt()).isEqualTo(7);
        assertThat(h.path("documents").asInt()).isEqualTo(8);
        assertThat(h.path("ingest").asBoolean()).isTrue();
    }

    @Test
    void searchReturnsHitsWithFacetsAndCarriedBy() throws Exception {
        JsonNode r = json("/api/search?q=" + q("الكرملين يسعى"));
        assertThat(r.path("total").asInt()).isEqualTo(1);
        assertThat(r.path("total_exact").isBoolean() && r.path("total_exact").asBoolean()).isTrue();
        assertThat(r.path("facets_exact").isBoolean() && r.path("facets_exact").asBoolean()).isTrue();
        JsonNode hit = r.path("hits").get(0);
        assertThat(hit.path("id").asText()).isEqualTo("a");
        assertThat(hit.path("carried_by").asInt()).isEqualTo(2);
        for (String field : List.of("headline", "outlet", "date", "story", "score", "snippet", "highlights")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(r.path("facets").path("outlet").isArray()).isTrue();
    }

    @Test
    void searchAppliesFacetFilters() throws Exception {
        JsonNode r = json("/api/search?outlet=" + q("Al Mayadeen") + "&sort=date");
        List<String> ids = new ArrayList<>();
        r.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        assertThat(ids).containsExactly("x2", "x1", "d");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/search?limit=0                | 400 | limit must be between 1 and 100, not 0
            /api/search?limit=abc              | 400 | limit must be a whole number, not 'abc'
            /api/search?sort=random            | 400 | sort must be 'relevance' or 'date', not 'random'
            /api/search?q=headline%3A(         | 400 | cannot read the query:
            /api/articles/nope                 | 404 | no such article
            /api/stories/nope                  | 404 | no such story
            /api/entities/nope                 | 404 | no such entity
            /api/nothing-here                  | 404 | no such endpoint: GET /api/nothing-here
            """)
    void answersErrorsAsJsonWithClearMessage(String path, int status, String message) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(status);
        JsonNode body = Json.mapper().readTree(r.body());
        assertThat(body.path("error").path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").path("message").asText()).startsWith(message);
    }

    @Test
    void articleHasEntitiesQuotesAndAllSources() throws Exception {
        JsonNode a = json("/api/articles/a");
        assertThat(a.path("headline").asText()).startsWith("الكرملين يسعى");
        assertThat(a.path("entities").size()).isEqualTo(2);
        assertThat(a.path("quotes").get(0).path("speaker_entity").asText()).isEqualTo("e-peskov");
        assertThat(a.path("copies").size()).isEqualTo(2);
        assertThat(a.path("blocks").get(0).path("kind").asText()).isEqualTo("PARAGRAPH");
    }

    @Test
    void storiesListAndTimeline() throws Exception {
        JsonNode list = json("/api/stories");
        assertThat(list.path("stories").get(0).path("id").asText()).isEqualTo("s-karabakh");
        assertThat(list.path("stories").get(0).path("articles").asInt()).isEqualTo(4);
        JsonNode s = json("/api/stories/s-karabakh");
        assertThat(s.path("article_count").asInt()).isEqualTo(4);
        assertThat(s.path("timeline").toString())
                .isEqualTo("[{\"day\":\"2023-09-20\",\"count\":1},{\"day\":\"2023-09-22\",\"count\":1},"
                        + "{\"day\":\"2023-09-23\",\"count\":1}]");
        assertThat(s.path("by_outlet").size()).isEqualTo(3);
    }

    @Test
    void entityHasVariantsQuotesAndRelated() throws Exception {
        JsonNode e = json("/api/entities/e-putin");
        List<String> variants = new ArrayList<>();
        e.path("variants").forEach(v -> variants.add(v.path("text").asText()));
        assertThat(variants).containsExactlyInAnyOrder("فلاديمير بوتين", "بوتين", "فلاديمير بوتن");
        assertThat(e.path("latin").asText()).isEqualTo("Vladimir Putin");
        assertThat(e.path("related").get(0).path("value").asText()).isEqualTo("e-karabakh");
        JsonNode peskov = json("/api/entities/e-peskov");
        assertThat(peskov.path("quotes").get(0).path("text").asText()).isEqualTo("نواصل اتصالاتنا مع الطرفين");
        JsonNode list = json("/api/entities?type=PER");
        assertThat(list.path("entities").findValuesAsText("type")).containsOnly("PER");
        assertThat(list.path("entities")).filteredOn(x -> x.path("id").asText().equals("e-putin")).singleElement()
                .satisfies(x -> assertThat(x.path("latin").asText()).isEqualTo("Vladimir Putin"));
        // an entity without a Latin name says so with null
        assertThat(json("/api/entities/e-peskov").path("latin").isNull()).isTrue();
    }

    @Test
    void eventsFilterByType() throws Exception {
        JsonNode r = json("/api/events?type=REJECT");
        assertThat(r.path("events").size()).isEqualTo(1);
        assertThat(r.path("events").get(0).path("article").path("id").asText()).isEqualTo("d");
    }

    @Test
    void servesOpenApiDescription() throws Exception {
        JsonNode o = json("/api/openapi.json");
        assertThat(o.path("openapi").asText()).startsWith("3.");
        assertThat(o.path("paths").has("/api/search")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"/", "/articles/a", "/stories/s-karabakh", "/entities/e-putin", "/assets/app.js", "/api/health"})
    void sendsContentSecurityPolicyEverywhere(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
                assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @CsvSource({"/assets/../org/mirsad/server/openapi.json", "/assets/%2e%2e/%2e%2e/etc/passwd",
            "/assets/..%2f..%2fetc%2fpasswd", "/assets/%2e%2e%2fServer.class", "/assets/../../../../etc/passwd"})
    void refusesPathTraversalInStaticFiles(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).isIn(400, 404);
        assertThat(r.body()).doesNotContain("root:").doesNotContain("\"openapi\"");
    }

    @Test
    void ingestNeedsTheToken() throws Exception {
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/ingest?name=x.txt"))
                .POST(HttpRequest.BodyPublishers.ofString("عنوان\n\nنص")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        HttpResponse<String> badName = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/ingest?name=..%2Fx.sh"))
                .header("Authorization", "Bearer s3cret")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badName.statusCode()).isEqualTo(400);
    }

    @Test
    void ingestWithTokenAddsSearchableArticleOnce(@TempDir Path other) throws Exception {
        String page = "روسيا وأرمينيا تبحثان الوضع في كاراباخ\n\n"
                + "بحث وزيرا خارجية روسيا وأرمينيا، اليوم الأربعاء، الوضع في إقليم كاراباخ بعد أيام من العملية "
                + "العسكرية، وفق ما أعلنت الخارجية الروسية في بيان.\n\n"
                + "وقال البيان إن الجانبين ناقشا سبل إعادة الاستقرار إلى المنطقة وعودة النازحين إلى منازلهم.\n";
        try (Server s = Server.start(ServerOptions.defaults(other).withPort(0).withIngestToken("t0ken"))) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(s.url() + "api/ingest?name=page.txt"))
                    .header("Authorization", "Bearer t0ken")
                    .POST(HttpRequest.BodyPublishers.ofString(page, StandardCharsets.UTF_8)).build();
            HttpResponse<String> first = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(Json.mapper().readTree(first.body()).path("totals").path("articles_stored").asInt()).isEqualTo(1);
            HttpResponse<String> again = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
            assertThat(Json.mapper().readTree(again.body()).path("totals").path("articles_stored").asInt()).isZero();
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/search?q="
                    + q("کاراباخ"))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(Json.mapper().readTree(found.body()).path("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void ingestIsOffWithoutAToken(@TempDir Path other) throws Exception {
        try (Server s = Server.start(other, "127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/ingest"))
                    .header("Authorization", "Bearer anything")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("ingest is off");
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"articles\":0");
        }
    }
}
