package org.mirsad.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.mirsad.Mirsad;
import org.mirsad.model.Article;
import org.mirsad.pipeline.Pipeline;

/**
 * The driver side: duplicate groups and stories over the whole corpus with the very same corpus
 * stages as one machine ({@link Pipeline#place}, then {@link Pipeline#settle} once all is read).
 * Articles stream in input order from the executors one partition at a time, so the driver holds
 * the stages' fixed-size state (MinHash signatures, story fingerprints) and one small decision per
 * article, not the articles.
 */
final class CorpusPlacement {

    /** What the corpus stages decided about one article. */
    record Decision(String duplicateOf, String story) implements Serializable {
    }

    private CorpusPlacement() {
    }

    static Map<String, Decision> decide(Iterator<Article> inInputOrder) {
        Pipeline pipeline = Mirsad.pipeline();
        Map<String, Article> placed = new HashMap<>();
        List<String> order = new java.util.ArrayList<>();
        while (inInputOrder.hasNext()) {
            Article a = pipeline.place(inInputOrder.next());
            // keep only what settle needs: the ids the corpus stages may still change
            placed.put(a.id(), Article.segmented(a.id(), a.source(), "", null, List.of(), List.of(), null)
                    .withDuplicateOf(a.duplicateOf()).withStory(a.story()));
            order.add(a.id());
        }
        Map<String, Decision> out = new HashMap<>();
        for (String id : order) {
            Article settled = pipeline.settle(placed.get(id));
            out.put(id, new Decision(settled.duplicateOf(), settled.story()));
        }
        return out;
    }
}
