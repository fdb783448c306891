package org.mirsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mirsad.server.Server;
import org.mirsad.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mirsad serve}: the JSON API and the web UI over a data directory. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the JSON API (/api/...) and the web UI for a data directory.",
                "Binds 127.0.0.1 unless --host says otherwise. POST /api/ingest is off unless a token is set",
                "(environment variable MIRSAD_INGEST_TOKEN, or --ingest-token-file)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("mirsad-data");

    @Option(names = "--port", paramLabel = "N", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDR", description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host = ServerOptions.DEFAULT_HOST;

    @Option(names = "--ingest-token-file", paramLabel = "FILE",
            description = "A file whose first line is the token POST /api/ingest requires.")
    Path tokenFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserInputException("--port must be between 0 and 65535, not " + port);
        }
        String token = System.getenv("MIRSAD_INGEST_TOKEN");
        if (tokenFile != null) {
            if (!Files.isReadable(tokenFile)) {
                throw new UserInputException(tokenFile + ": cannot read the ingest token file");
            }
            token = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (token.isBlank()) {
                throw new UserInputException(tokenFile + ": the ingest token file is empty");
            }
        }
        Files.createDirectories(data);
        ServerOptions options = ServerOptions.defaults(data).withHost(host).withPort(port).withIngestToken(token);
        Server server;
        try {
            server = Server.start(options);
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase().contains("bind")) {
                throw new UserInputException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.err.println("mirsad: serving " + data + " at " + server.url() + " (Ctrl-C to stop)"
                + (options.ingestToken() == null ? "" : "; POST /api/ingest is on"));
        server.join();
        return MirsadCli.OK;
    }
}
