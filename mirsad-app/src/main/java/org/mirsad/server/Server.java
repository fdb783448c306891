package org.mirsad.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.CorpusBrowser;
import org.mirsad.search.SearchBackend;
import org.mirsad.search.Searcher;

/**
 * Mirsad's HTTP server: the JSON API under {@code /api/} and the web UI, over one data directory.
 *
 * <pre>{@code
 * try (Server server = Server.start(Path.of("mirsad-data"), "127.0.0.1", 7070)) {
 *     System.out.println("open " + server.url());
 *     server.join();
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {

    private final Javalin app;
    private final ArticleSearcher searcher;
    private final Searcher searches;
    private final String host;

    private Server(Javalin app, ArticleSearcher searcher, Searcher searches, String host) {
        this.app = app;
        this.searcher = searcher;
        this.searches = searches;
        this.host = host;
    }

    /** Starts serving {@code dataDir} on {@code host:port} (port 0: any free port); ingest is off. */
    public static Server start(Path dataDir, String host, int port) {
        return start(ServerOptions.defaults(dataDir).withHost(host).withPort(port));
    }

    /** Starts a server with every option given. An empty index is created when there is none. */
    public static Server start(ServerOptions options) {
        ArticleSearcher searcher;
        Searcher searches;
        try {
            ensureIndex(options.dataDir());
            searcher = ArticleSearcher.open(options.dataDir(), options.searchTimeout());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index of " + options.dataDir(), e);
        }
        try {
            // Browsing (articles, stories, entities) reads the local index; searches may go to a cluster.
            searches = options.cluster() == null ? searcher
                    : SearchBackend.installed().searcher(options.cluster(), options.searchTimeout());
        } catch (IOException | RuntimeException e) {
            closeQuietly(searcher);
            throw e instanceof IOException io ? new UncheckedIOException("cannot reach " + options.cluster(), io)
                    : (RuntimeException) e;
        }
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.staticFiles.add(files -> {
                files.hostedPath = UiRoutes.ASSETS;
                files.directory = UiRoutes.RESOURCES;
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "no-cache");
            });
        });
        SecurityHeaders.register(app);
        new ApiRoutes(searches, new CorpusBrowser(searcher), new Ingester(options)).register(app);
        UiRoutes.register(app);
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            closeQuietly(searches);
            closeQuietly(searcher);
            throw e;
        }
        return new Server(app, searcher, searches, options.host());
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // the start failure is the error worth reporting
        }
    }

    private static void ensureIndex(Path dataDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(dataDir.resolve(LuceneArticleIndex.FOLDER))) {
            if (DirectoryReader.indexExists(dir)) {
                return;
            }
        }
        LuceneArticleIndex.open(dataDir).close();
    }

    /** The port actually bound. */
    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** Blocks until the server stops (another thread closes it, or the JVM exits). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        try {
            searcher.close();
            if (searches != searcher) {
                searches.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
