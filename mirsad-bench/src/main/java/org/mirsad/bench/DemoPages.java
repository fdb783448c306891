package org.mirsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.pipeline.Pipeline;

/** The demo corpus's plain-text pages (written for Mirsad, shipped in mirsad-app), as benchmark input. */
final class DemoPages {

    private static final String CORPUS = "/org/mirsad/demo/corpus/";

    private DemoPages() {
    }

    static List<Page> textPages() {
        List<Page> out = new ArrayList<>();
        for (String name : listing()) {
            if (!name.endsWith(".txt")) {
                continue;
            }
            String text = resource(CORPUS + name);
            out.add(Page.text(Provenance.ofFile(name, (int) text.lines().count()), text));
        }
        return out;
    }

    static List<Article> analysed(Pipeline pipeline) {
        List<Article> out = new ArrayList<>();
        for (Page p : textPages()) {
            out.addAll(pipeline.analyse(p));
        }
        return out;
    }

    private static List<String> listing() {
        return resource("/org/mirsad/demo/corpus.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resource(String name) {
        try (InputStream in = DemoPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
