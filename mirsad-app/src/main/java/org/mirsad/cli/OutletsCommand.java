package org.mirsad.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.mirsad.agencies.AgencyMatcher;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.SourceMetadata;
import org.mirsad.outlets.Outlet;
import org.mirsad.outlets.OutletSignatures;
import org.mirsad.outlets.OutletStage;
import org.mirsad.outlets.OutletTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mirsad outlets}: prints the outlet table; with {@code --measure}, measures outlet and agency
 * recognition on scraper JSON files that name each article's outlet (SaudiNewsNet's {@code source}).
 */
@Command(name = "outlets", mixinStandardHelpOptions = true,
        description = {"Prints the outlet table (English name, Arabic names, domains).",
                "With --measure FILE...: on JSON arrays of {source, url, title, content} records (e.g. SaudiNewsNet),",
                "measures the outlet found from the URL, and from page signatures alone (URL and source hidden),",
                "against the source field, per outlet; and counts the agencies cited."})
final class OutletsCommand implements Callable<Integer> {

    @Option(names = "--measure", arity = "1..*", paramLabel = "FILE", description = "JSON or JSON.gz files to measure on.")
    List<Path> measure;

    @Option(names = "--show-agencies", paramLabel = "N", defaultValue = "0",
            description = "With --measure: also print the first N agency mentions with their context, for review.")
    int showAgencies;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (measure == null) {
            for (Outlet o : OutletTable.standard().all()) {
                out.println(o.name() + "\t" + String.join("|", o.arabicNames()) + "\t" + String.join("|", o.domains()));
            }
            out.flush();
            return MirsadCli.OK;
        }
        Tally tally = new Tally(showAgencies, out);
        for (Path p : measure) {
            if (!Files.isRegularFile(p)) {
                throw new UserInputException(p + ": no such file");
            }
            try (InputStream raw = Files.newInputStream(p);
                 InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 JsonParser parser = new ObjectMapper().createParser(in)) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new UserInputException(p + ": not a JSON array of records");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    tally.add(parser.readValueAsTree());
                }
            } catch (JsonProcessingException e) {
                throw new UserInputException(p + ": not valid JSON: " + e.getOriginalMessage());
            } catch (ZipException e) {
                throw new UserInputException(p + ": not a valid gzip file: " + e.getMessage());
            }
        }
        tally.print(out);
        out.flush();
        return MirsadCli.OK;
    }

    /** Counts per expected outlet: by URL, by signatures alone (right, wrong, none), agencies cited. */
    private static final class Tally {
        final OutletTable table = OutletTable.standard();
        final OutletSignatures signatures = new OutletSignatures();
        final OutletStage stage = new OutletStage();
        final Map<String, int[]> perOutlet = new TreeMap<>();
        final Map<String, Integer> agencies = new TreeMap<>();
        final PrintWriter review;
        int toShow;
        int articles;
        int withAgency;

        Tally(int toShow, PrintWriter review) {
            this.toShow = toShow;
            this.review = review;
        }

        void add(JsonNode r) {
            String expected = table.byName(r.path("source").asText()).map(Outlet::name).orElse("?" + r.path("source").asText());
            int[] c = perOutlet.computeIfAbsent(expected, k -> new int[5]);
            c[0]++;
            if (expected.equals(table.byUrl(r.path("url").asText()).map(Outlet::name).orElse(null))) {
                c[1]++;
            }
            String text = r.path("title").asText() + "\n" + r.path("content").asText();
            Page page = signatures.apply(Page.text(new Provenance("measure", 1, 1, 1, -1, null, null), text));
            Article a = Article.segmented("m", page.source(), r.path("title").asText(), null,
                    text.lines().skip(1).filter(l -> !l.isBlank()).map(Block::paragraph).toList(), List.of(),
                    page.metadata());
            String bySignature = stage.apply(a).outlet();
            c[bySignature == null ? 4 : bySignature.equals(expected) ? 2 : 3]++;
            List<String> cited = AgencyMatcher.standard().find(List.of(text));
            for (var m : AgencyMatcher.standard().mentions(text)) {
                if (toShow-- > 0) {
                    review.println(m.agency() + "\t" + (m.before() + " [" + m.matched() + "] " + m.after()).replaceAll("\\s+", " "));
                }
            }
            articles++;
            if (!cited.isEmpty()) {
                withAgency++;
            }
            cited.forEach(name -> agencies.merge(name, 1, Integer::sum));
        }

        void print(PrintWriter out) {
            out.printf("%-18s %7s %9s %9s %7s %7s %9s%n", "outlet", "records", "url-right", "sig-right", "sig-wrong",
                    "sig-none", "sig-prec");
            int[] all = new int[5];
            for (var e : perOutlet.entrySet()) {
                int[] c = e.getValue();
                for (int i = 0; i < 5; i++) {
                    all[i] += c[i];
                }
                row(out, e.getKey(), c);
            }
            row(out, "ALL", all);
            out.printf("%nagencies: %d of %d articles cite at least one (%.1f%%)%n", withAgency, articles,
                    100.0 * withAgency / Math.max(1, articles));
            agencies.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                    .forEach(e -> out.printf("  %-18s %6d%n", e.getKey(), e.getValue()));
        }

        private static void row(PrintWriter out, String name, int[] c) {
            int guessed = c[2] + c[3];
            out.printf("%-18s %7d %8.1f%% %8.1f%% %7d %7d %8.1f%%%n", name, c[0], 100.0 * c[1] / c[0],
                    100.0 * c[2] / c[0], c[3], c[4], guessed == 0 ? 0 : 100.0 * c[2] / guessed);
        }
    }
}
