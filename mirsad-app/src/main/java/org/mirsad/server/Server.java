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
    private final String host;

    private Server(Javalin app, ArticleSearcher searcher, String host) {
        this.app = app;
        this.searcher = searcher;
        this.host = host;
    }

    /** Starts serving {@code dataDir} on {@code host:port} (port 0: any free port); ingest is off. */
    public static Server start(Path dataDir, String host, int port) {
        return start(ServerOptions.defaults(dataDir).withHost(host).withPort(port));
    }

    /** Starts a server with every option given. An empty index is created when there is none. */
    public static Server start(ServerOptions options) {
        ArticleSearcher searcher;
        try {
            ensureIndex(options.dataDir());
            searcher = ArticleSearcher.open(options.dataDir(), options.searchTimeout());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index of " + options.dataDir(), e);
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
        new ApiRoutes(searcher, new CorpusBrowser(searcher), new Ingester(options)).register(app);
        UiRoutes.register(app);
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            try {
                searcher.close();
            } catch (IOException ignored) {
                // the start failure is the error worth reporting
            }
            throw e;
        }
        return new Server(app, searcher, options.host());
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
