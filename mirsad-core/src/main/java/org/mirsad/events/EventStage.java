package org.mirsad.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Entity;
import org.mirsad.model.Event;
import org.mirsad.pipeline.Field;
import org.mirsad.pipeline.Stage;
import org.mirsad.text.Sentence;
import org.mirsad.text.SentenceSplitter;
import org.mirsad.tokens.ArticleTokens;

/**
 * The political events of an article, sentence by sentence over its headline, lede and body
 * (captions describe photos, often of other days). An event named in several sentences with the
 * same type, source and target is one event.
 */
public final class EventStage implements Stage {

    private final EventExtractor extractor;

    public EventStage() {
        this(new EventExtractor());
    }

    public EventStage(EventExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.TEXT);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.EVENTS);
    }

    @Override
    public Article apply(Article article) {
        return apply(article, ArticleTokens.of(article));
    }

    /**
     * The sentences of the headline, the lede and the paragraphs (not the subheadings), each matched with
     * the article's tokens where they stand in its text, so that a word's type comes from its record.
     */
    @Override
    public Article apply(Article article, ArticleTokens tokens) {
        int year = article.date().value() == null ? 0 : article.date().value().getYear();
        Map<String, Event> events = new LinkedHashMap<>();
        PhraseMatcher<Entity> entities = ActorFinder.byMention(article.entities());
        add(events, article.headline(), 0, tokens, entities, year);
        if (article.lede() != null) {
            add(events, article.lede(), tokens.ledeStart(), tokens, entities, year);
        }
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.PARAGRAPH) {
                add(events, blocks.get(i).text(), tokens.blockStart(i), tokens, entities, year);
            }
        }
        return article.withEvents(List.copyOf(events.values()));
    }

    /** The events of one part of the article, which starts at {@code start} of the tokens' text (-1: not in it). */
    private void add(Map<String, Event> events, String part, int start, ArticleTokens tokens,
                     PhraseMatcher<Entity> entities, int year) {
        for (Sentence s : SentenceSplitter.split(part)) {
            ArticleTokens.Part sentenceAt = start < 0 ? null : tokens.part(start + s.start());
            for (Event e : extractor.extract(s.text(), entities, year, sentenceAt)) {
                events.putIfAbsent(e.type() + "|" + e.source() + "|" + e.target(), e);
            }
        }
    }
}
