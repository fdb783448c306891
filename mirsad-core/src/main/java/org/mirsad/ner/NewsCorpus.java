package org.mirsad.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mirsad.read.SaudiNewsNetFiles;

/**
 * Unlabelled news for the trainer: the articles of a SaudiNewsNet directory (file by file, in order),
 * tokenised as ANERcorp is ({@link Tokenizer}) and prepared for the feature extractor, up to a token
 * budget. Loaded once per directory and budget per JVM, since every fold of a cross-validation tags
 * the same text. Only what the tagger derives from it (counts per word hash) is ever kept in a model.
 */
final class NewsCorpus {

    private static final Map<String, List<List<FeatureExtractor.Sentence>>> LOADED = new ConcurrentHashMap<>();

    private NewsCorpus() {
    }

    /** The articles of {@code dir}, each a list of prepared sentences, until {@code maxTokens} tokens. */
    static List<List<FeatureExtractor.Sentence>> articles(Path dir, int maxTokens) {
        return LOADED.computeIfAbsent(dir.toAbsolutePath() + "#" + maxTokens, k -> load(dir, maxTokens));
    }

    private static List<List<FeatureExtractor.Sentence>> load(Path dir, int maxTokens) {
        List<List<FeatureExtractor.Sentence>> out = new ArrayList<>();
        int[] tokens = {0};
        try {
            for (Path file : SaudiNewsNetFiles.files(dir)) {
                if (tokens[0] >= maxTokens) {
                    break;
                }
                SaudiNewsNetFiles.forEach(file, r -> {
                    if (tokens[0] >= maxTokens) {
                        return;
                    }
                    List<FeatureExtractor.Sentence> article = new ArrayList<>();
                    for (List<Token> sentence : Tokenizer.sentences(r.text("content"))) {
                        String[] words = new String[sentence.size()];
                        for (int i = 0; i < words.length; i++) {
                            words[i] = sentence.get(i).text();
                        }
                        article.add(new FeatureExtractor.Sentence(words));
                        tokens[0] += words.length;
                    }
                    if (!article.isEmpty()) {
                        out.add(article);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the news under " + dir, e);
        }
        return out;
    }
}
