package org.mirsad.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.model.Article;
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
        PhraseMatcher<Entity> entities = null; // built for the first piece that may name an event: most name none
        for (ArticleTokens.Piece piece : tokens.parts()) {
            if (piece.kind() == ArticleTokens.Piece.Kind.SUBHEAD || piece.text() == null
                    || piece.at() != null && !extractor.mayHaveTrigger(piece.text().length(), piece.at())) {
                continue;
            }
            if (entities == null) {
                entities = ActorFinder.byMention(article.entities());
            }
            add(events, piece, entities, year);
        }
        return article.withEvents(List.copyOf(events.values()));
    }

    /** The events of one piece of the article. */
    private void add(Map<String, Event> events, ArticleTokens.Piece piece, PhraseMatcher<Entity> entities, int year) {
        for (Sentence s : SentenceSplitter.split(piece.text())) {
            ArticleTokens.Part sentenceAt = piece.at() == null ? null : piece.at().from(s.start());
            for (Event e : extractor.extract(s.text(), entities, year, sentenceAt)) {
                events.putIfAbsent(e.type() + "|" + e.source() + "|" + e.target(), e);
            }
        }
    }
}
