package org.mirsad.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mirsad.tokens.ArticleTokens;
import org.mirsad.tokens.WordRecord;

/**
 * The front door of Arabic time expressions: finds every expression in a text (longest match, left
 * to right) and resolves it against a reference time.
 *
 * <pre>{@code
 * TimeExpressions.find("وصل اليوم (الجمعة) في 29 نوفمبر 2024", ReferenceTime.parse("2024-11-29T10:00"))
 * }</pre>
 */
public final class TimeExpressions {

    /** An expression as the grammar read it, before resolution (the publication-date inference needs both). */
    record Found(TimeMention mention, TimeSpec spec) {
    }

    /** The record of each word of a text that is {@code part} of its article, or null where the article's tokens cut it otherwise. */
    private static WordRecord[] records(ArticleTokens.Part part, List<Token> words) {
        WordRecord[] out = new WordRecord[words.size()];
        ArticleTokens.Cursor cursor = part.cursor(); // the words come in text order
        for (int i = 0; i < out.length; i++) {
            Token t = words.get(i);
            out[i] = cursor.at(t.start(), t.end());
        }
        return out;
    }

    /** How far into an expression its first anchor may stand (في مثل هذا اليوم: the fourth word). */
    private static final int ANCHOR_WINDOW = 5;

    private TimeExpressions() {
    }

    /** Every time expression of {@code text} that has a value; empty for null or empty text. */
    public static List<TimeMention> find(String text, ReferenceTime ref) {
        return parse(text, ref).stream().map(Found::mention).toList();
    }

    static List<Found> parse(String text, ReferenceTime ref) {
        return parse(text, ref, null);
    }

    /** {@link #parse(String, ReferenceTime)}, the words' lexicon entries read from the article's tokens where they are ({@code part}: where the text stands among them, may be null). */
    static List<Found> parse(String text, ReferenceTime ref, ArticleTokens.Part part) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return parse(text, Token.tokenize(text), ref, part);
    }

    /** {@link #parse(String, ReferenceTime, ArticleTokens.Part)} of a text already tokenised ({@link Token#tokenize}). */
    static List<Found> parse(String text, List<Token> tokens, ReferenceTime ref, ArticleTokens.Part part) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (ref == null) {
            throw new IllegalArgumentException("ref must not be null");
        }
        Words words = new Words(tokens, part == null ? null : records(part, tokens));
        TimeGrammar grammar = new TimeGrammar(words);
        TimeResolver resolver = new TimeResolver(ref);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!words.anchorWithin(i, ANCHOR_WINDOW)) {
                i++;
                continue;
            }
            Words.At<TimeSpec> at = grammar.at(i);
            Optional<TimeValue> v = at == null ? Optional.empty() : resolver.resolve(at.value());
            if (v.isPresent()) {
                Token first = words.tokens.get(i);
                Token last = words.tokens.get(at.end() - 1);
                out.add(new Found(new TimeMention(text.substring(first.start(), last.end()), first.start(), last.end(),
                        v.get()), at.value()));
                i = at.end();
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }
}
