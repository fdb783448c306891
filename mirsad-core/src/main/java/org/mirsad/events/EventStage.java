package org.mirsad.events;

import java.util.ArrayList;
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
        int year = article.date().value() == null ? 0 : article.date().value().getYear();
        Map<String, Event> events = new LinkedHashMap<>();
        PhraseMatcher<Entity> entities = ActorFinder.byMention(article.entities());
        for (String sentence : sentences(article)) {
            for (Event e : extractor.extract(sentence, entities, year)) {
                events.putIfAbsent(e.type() + "|" + e.source() + "|" + e.target(), e);
            }
        }
        return article.withEvents(List.copyOf(events.values()));
    }

    static List<String> sentences(Article article) {
        List<String> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        texts.add(article.headline());
        if (article.lede() != null) {
            texts.add(article.lede());
        }
        texts.addAll(article.paragraphs());
        for (String t : texts) {
            for (Sentence s : SentenceSplitter.split(t)) {
                out.add(s.text());
            }
        }
        return out;
    }
}
