package org.mirsad.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.mirsad.text.ArabicNormalizer;

/**
 * Words that say nothing about what a story is about: the general Arabic stop list
 * (mohataher/arabic-stop-words, MIT) and the words of news reporting (قال، اليوم، وكالة …), both in
 * their matching form.
 */
final class StopWords {

    private static final Set<String> WORDS = load("stopwords-mohataher.txt", "news-stopwords.txt");

    private StopWords() {
    }

    static boolean contains(String normalized) {
        return WORDS.contains(normalized);
    }

    static int size() {
        return WORDS.size();
    }

    private static Set<String> load(String... names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            try (InputStream in = StopWords.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/mirsad/stories/" + name);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        out.add(ArabicNormalizer.normalize(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(out);
    }
}
