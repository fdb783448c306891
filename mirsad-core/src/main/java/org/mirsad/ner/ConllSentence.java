package org.mirsad.ner;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and their gold BIO tags (ANERcorp names). */
public record ConllSentence(List<String> tokens, List<String> tags) {

    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }

    public String[] tokenArray() {
        return tokens.toArray(String[]::new);
    }
}
