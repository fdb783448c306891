package org.mirsad.cli;

import java.net.URI;
import java.net.URISyntaxException;
import org.mirsad.search.SearchBackend;
import picocli.CommandLine.Option;

/**
 * {@code --opensearch URL} (or the {@code MIRSAD_OPENSEARCH} environment variable): search and index
 * in an OpenSearch cluster instead of (search) or beside (ingest) the data directory's Lucene index.
 * Parsed once here into a URI; absent means the embedded index only.
 */
final class ClusterOption {

    static final String ENV = "MIRSAD_OPENSEARCH";

    @Option(names = "--opensearch", paramLabel = "URL", defaultValue = "${env:" + ENV + "}",
            description = "OpenSearch cluster, e.g. http://localhost:9200 (a path names the index, default"
                    + " 'mirsad'); default: $" + ENV + ". Needs mirsad-opensearch built (docs/scale.md).")
    String url;

    /**
     * The cluster URL, or null when none is configured; a user error when it is malformed or when
     * mirsad-opensearch is not on the class path.
     */
    URI cluster() {
        URI uri = parse();
        if (uri != null) {
            try {
                SearchBackend.installed();
            } catch (IllegalStateException e) {
                throw new UserInputException("--opensearch " + url + ": " + e.getMessage());
            }
        }
        return uri;
    }

    private URI parse() {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UserInputException("--opensearch must be an http(s) URL such as http://localhost:9200, not '"
                        + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UserInputException("--opensearch is not a URL: '" + url + "' (" + e.getReason() + ")");
        }
    }
}
