package org.mirsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.ArabicNormalizer;

/** Loads the language data files shipped as resources: one entry a line, {@code #} starts a comment line. */
public final class WordList {

    private WordList() {
    }

    /** The non-blank, non-comment lines of {@code name} beside {@code owner}, trimmed, in file order. */
    public static List<String> load(Class<?> owner, String name) {
        return List.copyOf(TsvResource.lines(owner, name));
    }

    /**
     * The entries of {@code name} beside {@code owner} ({@link #load}) in {@link ArabicNormalizer}'s form, as
     * the words they are compared with (أمير and امير, على and علي are one entry).
     */
    public static Set<String> normalised(Class<?> owner, String name) {
        Set<String> out = new HashSet<>();
        for (String w : TsvResource.lines(owner, name)) {
            out.add(ArabicNormalizer.normalize(w));
        }
        return Collections.unmodifiableSet(out);
    }

    /** Every line of the resource, untouched. */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + owner.getPackageName().replace('.', '/') + "/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
