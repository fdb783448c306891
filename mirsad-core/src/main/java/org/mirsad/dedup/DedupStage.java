package org.mirsad.dedup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Consumer;
import org.mirsad.model.Article;
import org.mirsad.pipeline.CorpusStage;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Prepared;

/**
 * Sets {@code duplicate_of}: the article's group canonical, or null when it is the canonical or has
 * no duplicate. Group changes (a better canonical arrived later) go to the listener, for a store to
 * update the rows it already wrote; output written at the end ({@code extract}, Spark) passes each
 * article through {@link #settle}; {@code extract --stream} prints the canonical known at the time.
 */
public final class DedupStage implements CorpusStage {

    private final Fingerprinter fingerprinter;
    private final DedupIndex index;
    private final Consumer<GroupChange> changes;
    private final Prepared<Fingerprint> fingerprints = new Prepared<>();

    /** In memory with the default config; group changes are dropped. */
    public DedupStage() {
        this(new InMemoryDedupIndex(DedupConfig.DEFAULT), DedupConfig.DEFAULT, c -> { });
    }

    public DedupStage(DedupIndex index, DedupConfig config, Consumer<GroupChange> changes) {
        this.fingerprinter = new Fingerprinter(config);
        this.index = index;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "dedup";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.TEXT);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.DUPLICATE);
    }

    /** The article's MinHash fingerprint, on a pipeline worker. */
    @Override
    public void prepare(Article article) {
        fingerprints.put(article.id(), fingerprinter.of(article));
    }

    @Override
    public Article apply(Article article) {
        Placement p;
        try {
            p = index.add(fingerprints.take(article.id(), () -> fingerprinter.of(article)));
        } catch (IOException e) {
            throw new UncheckedIOException("dedup index: " + e.getMessage(), e);
        }
        p.change().ifPresent(changes);
        return article.withDuplicateOf(p.duplicateOf());
    }

    /** The article with its group's canonical as it is now (a better member may have come later). */
    @Override
    public Article settle(Article article) {
        String canonical = index.canonicalOf(article.id());
        if (canonical == null) {
            return article;
        }
        return article.withDuplicateOf(canonical.equals(article.id()) ? null : canonical);
    }
}
