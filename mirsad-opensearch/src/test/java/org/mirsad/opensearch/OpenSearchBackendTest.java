package org.mirsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.Mirsad;
import org.mirsad.SharedData;
import org.mirsad.demo.DemoCorpus;
import org.mirsad.index.ArticleIndex;
import org.mirsad.ingest.Ingest;
import org.mirsad.ingest.IngestListener;
import org.mirsad.ingest.IngestOptions;
import org.mirsad.search.ArticleIndexes;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.BadQueryException;
import org.mirsad.search.FacetValue;
import org.mirsad.search.Hit;
import org.mirsad.search.SearchBackend;
import org.mirsad.search.SearchRequest;
import org.mirsad.search.SearchResults;
import org.mirsad.search.Searcher;
import org.mirsad.store.Store;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;

/**
 * Ingests the demo corpus and the seed pages once into a data directory and, through the
 * {@link SearchBackend} found by ServiceLoader, into an in-process OpenSearch 2.19.1 node; then asks
 * both backends the same questions.
 */
class OpenSearchBackendTest {

    /** A safety limit on the node's start, so that a node that cannot start fails the run instead of hanging it. */
    private static final long START_LIMIT_SECONDS = 90;

    private static OpenSearchRunner runner;
    private static Path work;
    private static URI cluster;
    private static Searcher remote;
    private static ArticleSearcher local;

    @BeforeAll
    static void startNodeAndIngest() throws Exception {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "opensearch-it-");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        runner = new OpenSearchRunner();
        runner.setMaxHttpPort(port); // the runner takes the first free port from baseHttpPort + 1: exactly this one
        runner.onBuild((n, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        ExecutorService starter = Executors.newSingleThreadExecutor();
        Future<?> started = starter.submit(() -> {
            runner.build(OpenSearchRunner.newConfigs().numOfNode(1).basePath(work.resolve("node").toString())
                    .baseHttpPort(port - 1).clusterName("mirsad-it").disableESLogger());
            runner.ensureYellow();
            return null;
        });
        try {
            started.get(START_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            started.cancel(true);
            throw new IllegalStateException("the in-process OpenSearch node did not start within " + START_LIMIT_SECONDS
                    + " s (port " + port + ", data under " + work + ")");
        } finally {
            starter.shutdownNow();
        }
        cluster = URI.create("http://127.0.0.1:" + port + "/mirsad-it");

        Path data = work.resolve("data");
        List<String> paths = new ArrayList<>();
        DemoCorpus.extractTo(work.resolve("demo")).forEach(p -> paths.add(p.toString()));
        Path shared = SharedData.dir(); // null without ../shared: the seed tests then skip
        if (shared != null && Files.isDirectory(shared.resolve("seeds"))) {
            try (var files = Files.list(shared.resolve("seeds"))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> paths.add(p.toString()));
            }
        }
        try (Store store = Store.open(data); ArticleIndex index = ArticleIndexes.open(data, cluster)) {
            new Ingest(store, index, Mirsad.pipeline(), IngestOptions.defaults("it").withThreads(1),
                    IngestListener.SILENT).run(paths);
        }
        remote = SearchBackend.installed().searcher(cluster, Duration.ofSeconds(10));
        local = ArticleSearcher.open(data, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (remote != null) {
            remote.close();
        }
        if (local != null) {
            local.close();
        }
        if (runner != null) {
            runner.close();
            runner.clean();
        }
        if (work != null) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            بوتن                 | كوريا الشمالية تصادق
            کاراباخ              | انفصاليو كاراباخ
            بيسكوف               | الكرملين: لا نقبل
            "ناغورنو كاراباخ"    | انتهاكات لوقف النار
            """)
    void seedQueryFindsTheArticleTheEmbeddedIndexFinds(String query, String headline) throws IOException {
        SharedData.require("seeds/expected.json");
        assertThat(headlines(remote.search(SearchRequest.of(query, 20)))).anyMatch(h -> h.startsWith(headline));
        assertThat(headlines(local.search(SearchRequest.of(query, 20)))).anyMatch(h -> h.startsWith(headline));
    }

    @Test
    void duplicatedSeedArticleComesBackOnceCarriedByBothCopies() throws IOException {
        SharedData.require("seeds/expected.json");
        List<Hit> kremlin = remote.search(SearchRequest.of("الكرملين", 50)).hits().stream()
                .filter(h -> h.headline().startsWith("الكرملين يسعى")).toList();
        assertThat(kremlin).hasSize(1);
        assertThat(kremlin.get(0).carriedBy()).isGreaterThanOrEqualTo(2);
        assertThat(kremlin.get(0).copies()).hasSize(kremlin.get(0).carriedBy());
    }

    /** Queries where both analyses agree; docs/opensearch.md lists the two demo queries where they do not. */
    @ParameterizedTest
    @CsvSource({"الفيضانات", "النفط", "كاراباخ", "بيسكوف", "بوتين", "الكرملين"})
    void findsTheSameCanonicalArticlesAsTheEmbeddedIndex(String query) throws IOException {
        SearchResults r = remote.search(SearchRequest.of(query, 100));
        SearchResults l = local.search(SearchRequest.of(query, 100));
        assertThat(ids(r)).containsExactlyInAnyOrderElementsOf(ids(l));
        assertThat(r.total()).isEqualTo(l.total());
    }

    @Test
    void countsOutletFacetsOverCanonicalArticlesLikeTheEmbeddedIndex() throws IOException {
        SearchResults r = remote.search(SearchRequest.of("", 10));
        SearchResults l = local.search(SearchRequest.of("", 10));
        assertThat(r.total()).isEqualTo(l.total()).isPositive();
        assertThat(counts(r, "outlet")).containsExactlyInAnyOrderElementsOf(counts(l, "outlet"));
        assertThat(counts(r, "month")).containsExactlyInAnyOrderElementsOf(counts(l, "month"));
    }

    @Test
    void marksMatchedWordsInSnippet() throws IOException {
        // The demo corpus (always here, unlike ../shared's seeds) has the truce of سهل الريحان.
        Hit hit = remote.search(SearchRequest.of("هدنة", 5)).hits().get(0);
        assertThat(hit.highlights()).isNotEmpty();
        int[] first = hit.highlights().get(0);
        assertThat(hit.snippet().substring(first[0], first[1])).contains("هدن");
    }

    @Test
    void sortsByDateNewestFirst() throws IOException {
        List<String> dates = remote.search(new SearchRequest("", java.util.Map.of(), SearchRequest.Sort.DATE, 50, 0))
                .hits().stream().map(Hit::date).filter(java.util.Objects::nonNull).toList();
        assertThat(dates).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void filtersOnFacetValue() throws IOException {
        String outlet = remote.search(SearchRequest.of("", 1)).facets().get("outlet").get(0).value();
        SearchResults r = remote.search(new SearchRequest("", java.util.Map.of("outlet", List.of(outlet)),
                SearchRequest.Sort.RELEVANCE, 100, 0));
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.outlets().contains(outlet));
    }

    @Test
    void addingAnArticleAgainReplacesIt() throws IOException {
        URI other = URI.create(cluster.toString() + "-replace"); // its own index: the shared one stays as ingested
        try (ArticleIndex index = SearchBackend.installed().index(other)) {
            index.add(article("r1", "عنوان أول عن الموانئ"));
            index.add(article("r2", "عنوان ثان عن الموانئ"));
            index.commit();
            index.add(article("r1", "عنوان مكرر عن الموانئ"));
        }
        try (Searcher searcher = SearchBackend.installed().searcher(other, Duration.ofSeconds(10))) {
            assertThat(searcher.search(SearchRequest.of("", 10)).total()).isEqualTo(2);
            assertThat(searcher.search(SearchRequest.of("مكرر", 10)).hits()).extracting(Hit::id).containsExactly("r1");
            assertThat(searcher.search(SearchRequest.of("أول", 10)).hits()).isEmpty();
        }
    }

    private static Article article(String id, String headline) {
        return new Article(id, Provenance.ofFile(id + ".txt", 1), headline, "تمهيد", List.of(Block.paragraph("نص")),
                List.of(), "Test Outlet", PubDate.UNKNOWN, List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    @Test
    void searchCommandAsksTheClusterNamedByOpensearch() throws Exception {
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        int exit;
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            exit = org.mirsad.cli.MirsadCli.run("search", "--data", work.resolve("nowhere").toString(),
                    "--opensearch", cluster.toString(), "--json", "هدنة");
        } finally {
            System.setOut(stdout);
        }
        assertThat(exit).isZero();
        List<String> lines = captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.startsWith("{\"id\""));
        assertThat(lines).hasSize(remote.search(SearchRequest.of("هدنة", 10)).hits().size());
    }

    @Test
    void serverSendsApiSearchesToTheCluster() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty-data")); // the local index is empty
        try (org.mirsad.server.Server server = org.mirsad.server.Server.start(
                org.mirsad.server.ServerOptions.defaults(empty).withPort(0).withCluster(cluster))) {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(URI.create(server.url() + "api/search?q="
                            + java.net.URLEncoder.encode("بيسكوف", java.nio.charset.StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            var body = org.mirsad.json.Json.mapper().readTree(r.body());
            assertThat(body.path("total").asInt()).isEqualTo(remote.search(SearchRequest.of("بيسكوف", 10)).total())
                    .isPositive();
            assertThat(body.path("facets").path("outlet")).isNotEmpty();
        }
    }

    @Test
    void unreachableClusterIsAUserErrorNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        assertThat(org.mirsad.cli.MirsadCli.run("search", "--opensearch", url, "كاراباخ"))
                .isEqualTo(org.mirsad.cli.MirsadCli.BAD_INPUT);
        assertThatThrownBy(() -> SearchBackend.installed().index(URI.create(url)))
                .isInstanceOf(SearchBackend.UnreachableException.class).hasMessageContaining(url);
    }

    @Test
    void unparsableQueryIsABadQuery() {
        assertThatThrownBy(() -> remote.search(SearchRequest.of("headline:(كاراباخ", 5)))
                .isInstanceOf(BadQueryException.class);
    }

    private static List<String> headlines(SearchResults r) {
        return r.hits().stream().map(Hit::headline).toList();
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    private static List<String> counts(SearchResults r, String dim) {
        return r.facets().get(dim).stream().map(FacetValue::value).map(v -> v + "=" + count(r, dim, v)).toList();
    }

    private static int count(SearchResults r, String dim, String value) {
        return r.facets().get(dim).stream().filter(f -> f.value().equals(value)).mapToInt(FacetValue::count).sum();
    }
}
