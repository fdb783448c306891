package org.mirsad.annotate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.mirsad.dates.TimeMention;
import org.mirsad.model.Entity;
import org.mirsad.model.Event;
import org.mirsad.model.Quote;

/**
 * What Mirsad finds in one free text ({@code mirsad annotate}): each analysis adds its field here
 * and fills it in {@link Annotator} (the article stages fill entities, quotes and events; times come
 * from {@link org.mirsad.dates.TimeExpressions} against the reference time).
 */
@JsonPropertyOrder({"text", "times", "entities", "quotes", "events"})
public record Annotation(String text, List<TimeMention> times, List<Entity> entities, List<Quote> quotes,
                         List<Event> events) {

    public Annotation {
        text = text == null ? "" : text;
        times = List.copyOf(times == null ? List.of() : times);
        entities = List.copyOf(entities == null ? List.of() : entities);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        events = List.copyOf(events == null ? List.of() : events);
    }
}
