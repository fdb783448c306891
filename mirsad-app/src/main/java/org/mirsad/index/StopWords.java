package org.mirsad.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.mirsad.text.ArabicNormalizer;

/**
 * Arabic stop words: {@code stopwords-ar.txt} (vendored, MIT, see its NOTICE) minus the words of
 * {@code stopwords-keep.txt}, both in matching form because the stop filter runs after normalisation.
 */
public final class StopWords {

    private static final CharArraySet ARABIC = load();

    private StopWords() {
    }

    /** The stop set, read-only. */
    public static CharArraySet arabic() {
        return ARABIC;
    }

    private static CharArraySet load() {
        Set<String> words = read("stopwords-ar.txt");
        words.removeAll(read("stopwords-keep.txt"));
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    static Set<String> read(String resource) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/mirsad/index/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    String n = ArabicNormalizer.normalize(w);
                    if (!n.isEmpty()) {
                        words.add(n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/mirsad/index/" + resource, e);
        }
        return words;
    }
}
