package org.mirsad.stories;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.pipeline.CorpusStage;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Prepared;
import org.mirsad.tokens.ArticleTokens;

/**
 * Gives every article its story. A duplicate takes its canonical article's story and does not
 * count again (one wire copy carried by ten outlets is one article of the story, not ten). The
 * clusterer's state can be saved in a data directory ({@link StoryStateFile}) so that stories grow
 * across ingest runs.
 */
public final class StoryStage implements CorpusStage {

    private final StoryClusterer clusterer;
    private final Prepared<TermWeights> terms = new Prepared<>();

    public StoryStage() {
        this(new StoryClusterer());
    }

    public StoryStage(StoryClusterer clusterer) {
        this.clusterer = clusterer;
    }

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.TEXT);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.STORY);
    }

    /** The article's weighted terms (tokenising and stemming its text), on a pipeline worker. */
    @Override
    public void prepare(Article article) {
        terms.put(article.id(), StoryTerms.of(article));
    }

    /** The same terms, each word's stem read off the article's tokens where they cut the text alike. */
    @Override
    public void prepare(Article article, ArticleTokens tokens) {
        terms.put(article.id(), StoryTerms.of(article, tokens));
    }

    /**
     * Gives the article its provisional story (the closest story of earlier runs, or a new one);
     * {@link #settle} gives the final one once the run is read.
     */
    @Override
    public synchronized Article apply(Article article) {
        Set<String> entities = new HashSet<>();
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.MISC) {
                entities.add(e.id());
            }
        }
        // Every article is placed, duplicates too: whether an article is a duplicate can depend on
        // what came before it (a better canonical may arrive later), and placing only some would
        // make the stories depend on the order. A duplicate still counts once: it is reported in
        // its canonical's story, and story summaries count canonical articles only.
        String own = clusterer.place(article.id(), ArticleId.copyHash(article),
                terms.take(article.id(), () -> StoryTerms.of(article)), entities, article.date().value());
        String canonicalStory = article.duplicateOf() == null ? null : clusterer.storyOf(article.duplicateOf());
        return article.withStory(canonicalStory != null ? canonicalStory : own);
    }

    @Override
    public Article settle(Article article) {
        // The first settle of a run places the run's articles for good, in the canonical order.
        clusterer.settle();
        // A duplicate follows its canonical's story, whatever canonical the dedup stage settled on.
        String viaCanonical = article.duplicateOf() == null ? null : clusterer.storyOf(article.duplicateOf());
        if (viaCanonical != null) {
            return article.withStory(viaCanonical);
        }
        String own = clusterer.storyOf(article.id());
        if (own != null) {
            return article.withStory(own);
        }
        return article.story() == null ? article : article.withStory(clusterer.resolve(article.story()));
    }

    /** The clusterer behind this stage (its state is what {@link StoryStateFile} saves). */
    public StoryClusterer clusterer() {
        return clusterer;
    }

    /** The current id of a story, following merges. */
    public String resolve(String storyId) {
        return clusterer.resolve(storyId);
    }
}
