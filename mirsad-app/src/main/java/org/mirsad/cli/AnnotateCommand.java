package org.mirsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.mirsad.Mirsad;
import org.mirsad.annotate.Annotator;
import org.mirsad.dates.ReferenceTime;
import org.mirsad.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad annotate [--lines] [--now ISO-DATETIME] FILE|-}: one JSON object per text. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Annotates free text: prints one JSON object per text with its times (and entities, quotes, events).",
                "Relative times (اليوم, الأسبوع الماضي) are read against --now."})
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A UTF-8 text file, or - for standard input.")
    String file;

    @Option(names = "--lines", description = "Each input line is one text (one JSON object per line, empty lines too).")
    boolean lines;

    @Option(names = "--now", paramLabel = "ISO-DATETIME",
            description = "Reference time, e.g. 2013-02-12T04:30:00 or 2013-02-12T04:30:00-02:00 (default: the clock).")
    String now;

    @Override
    public Integer call() throws IOException {
        ReferenceTime ref;
        try {
            ref = now == null ? ReferenceTime.of(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                    : ReferenceTime.parse(now);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--now: " + e.getMessage());
        }
        Annotator annotator = new Annotator(Mirsad.pipeline());
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader in = new BufferedReader(open())) {
            if (lines) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(Json.line(annotator.annotate(line, ref, file)));
                }
            } else {
                StringBuilder all = new StringBuilder();
                char[] buf = new char[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    all.append(buf, 0, n);
                }
                out.println(Json.line(annotator.annotate(all.toString(), ref, file)));
            }
        } catch (UncheckedIOException e) {
            throw new UserInputException(file + ": cannot read: " + e.getCause().getMessage());
        }
        out.flush();
        return MirsadCli.OK;
    }

    private Reader open() throws IOException {
        if (file.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        Path p = Path.of(file);
        if (Files.isDirectory(p)) {
            throw new UserInputException(file + ": is a directory; annotate reads one text file");
        }
        try {
            // a Reader on a Charset replaces malformed bytes instead of failing: nothing is lost but them
            return new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": no such file");
        }
    }
}
