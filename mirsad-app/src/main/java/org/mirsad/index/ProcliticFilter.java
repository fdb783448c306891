package org.mirsad.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Index-time only: after a token with a proclitic ({@link Proclitics}), emits the stripped form at the
 * same position, like a synonym. Queries are not expanded, so a query keeps its own spelling.
 */
public final class ProcliticFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pending;
    private String pendingStem;

    public ProcliticFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStem != null) {
            restoreState(pending);
            term.setEmpty().append(pendingStem);
            posInc.setPositionIncrement(0);
            pendingStem = null;
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        // Most words begin with no proclitic's letter: not copied out of the term to find that.
        String stem = term.length() == 0 || !Proclitics.mayStartOne(term.charAt(0)) ? null
                : Proclitics.strip(term.toString());
        if (stem != null) {
            pending = captureState();
            pendingStem = stem;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        pendingStem = null;
    }
}
