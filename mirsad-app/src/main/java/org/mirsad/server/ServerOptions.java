package org.mirsad.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of the HTTP server, with its default in {@link #defaults}.
 *
 * @param dataDir         the data directory (its index is served)
 * @param host            interface to bind; loopback unless told otherwise
 * @param port            TCP port; 0 picks a free one (tests)
 * @param ingestToken     the token POST /api/ingest requires; null turns ingest off
 * @param searchTimeout   a search stops after this long and returns what it found (timed_out: true)
 * @param maxRequestBytes larger request bodies are refused (413)
 */
public record ServerOptions(Path dataDir, String host, int port, String ingestToken, Duration searchTimeout,
                            long maxRequestBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerOptions {
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir must be given");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        ingestToken = ingestToken == null || ingestToken.isBlank() ? null : ingestToken.strip();
    }

    public static ServerOptions defaults(Path dataDir) {
        return new ServerOptions(dataDir, DEFAULT_HOST, DEFAULT_PORT, null, Duration.ofSeconds(5), 8L << 20);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(dataDir, h, port, ingestToken, searchTimeout, maxRequestBytes);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(dataDir, host, p, ingestToken, searchTimeout, maxRequestBytes);
    }

    public ServerOptions withIngestToken(String t) {
        return new ServerOptions(dataDir, host, port, t, searchTimeout, maxRequestBytes);
    }

    public ServerOptions withMaxRequestBytes(long n) {
        return new ServerOptions(dataDir, host, port, ingestToken, searchTimeout, n);
    }
}
