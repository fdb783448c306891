package org.mirsad.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each normalised token by its {@link Skeleton}: the adapter of the skeleton field. */
public final class SkeletonFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SkeletonFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String s = Skeleton.of(term.buffer(), term.length());
        term.setEmpty().append(s);
        return true;
    }
}
