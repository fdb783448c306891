package org.mirsad.stories;

import java.util.HashSet;
import java.util.Set;
import org.mirsad.resources.TsvResource;
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
            for (String word : TsvResource.lines(StopWords.class, name)) {
                out.add(ArabicNormalizer.normalize(word));
            }
        }
        return Set.copyOf(out);
    }
}
