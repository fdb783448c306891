package org.mirsad.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.pipeline.CorpusStage;
import org.mirsad.pipeline.Field;

/**
 * Gives every article its story. A duplicate takes its canonical article's story and does not
 * count again (one wire copy carried by ten outlets is one article of the story, not ten).
 */
public final class StoryStage implements CorpusStage {

    private final StoryClusterer clusterer;
    private final Map<String, String> storyOfArticle = new HashMap<>();

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

    @Override
    public synchronized Article apply(Article article) {
        String canonical = article.duplicateOf();
        if (canonical != null && storyOfArticle.containsKey(canonical)) {
            return article.withStory(clusterer.resolve(storyOfArticle.get(canonical)));
        }
        Set<String> entities = article.entities().stream()
                .filter(e -> e.type() != EntityType.MISC)
                .map(Entity::id)
                .collect(Collectors.toSet());
        String story = clusterer.assign(article.id(), StoryTerms.of(article), entities, article.date().value());
        storyOfArticle.put(article.id(), story);
        return article.withStory(story);
    }

    @Override
    public Article settle(Article article) {
        return article.story() == null ? article : article.withStory(clusterer.resolve(article.story()));
    }

    /** The current id of a story, following merges. */
    public String resolve(String storyId) {
        return clusterer.resolve(storyId);
    }
}
