package org.mirsad.annotate;

import java.util.List;
import org.mirsad.dates.ReferenceTime;
import org.mirsad.dates.TimeExpressions;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.pipeline.Pipeline;

/**
 * Annotates free text: the text becomes a one-paragraph article run through the pipeline's stages
 * (so every stage that fills an article field fills the annotation too), and its time expressions
 * are read against the given reference time.
 */
public final class Annotator {

    private final Pipeline pipeline;

    public Annotator(Pipeline pipeline) {
        if (pipeline == null) {
            throw new IllegalArgumentException("pipeline must not be null");
        }
        this.pipeline = pipeline;
    }

    /** @param source names the input in provenance (a file name, "-"), never null */
    public Annotation annotate(String text, ReferenceTime now, String source) {
        String t = text == null ? "" : text;
        Article a = Article.segmented("annotate", Provenance.ofFile(source, 1), "", null,
                t.isBlank() ? List.of() : List.of(Block.paragraph(t)), List.of(), null);
        Article done = t.isBlank() ? a : pipeline.annotate(a);
        return new Annotation(t, TimeExpressions.find(t, now), done.entities(), done.quotes(), done.events());
    }
}
