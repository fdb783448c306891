package org.mirsad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mirsad.model.Event;

/**
 * Counts events once per real-world event: duplicates are removed first, so an event found in a
 * duplicate copy of an article is one more mention of its canonical article's event, not a new
 * event. Within one canonical article and its copies, one event is one (type, source, target); the
 * mention count is the number of articles (the canonical and its copies) that report it.
 */
public final class EventCounter {

    private EventCounter() {
    }

    /** One found event as it was stored: the article it was found in and that article's canonical. */
    public record Found(String articleId, String canonicalId, String date, String story, Event event) {
    }

    /**
     * One real-world event with how many articles mention it.
     *
     * @param article the canonical article that reports it
     */
    public record Counted(String type, String source, String target, String trigger, String sentence, String date,
                          String article, String story, int mentions) {
    }

    /** The events of {@code found}, each once, in the order first found. */
    public static List<Counted> count(List<Found> found) {
        Map<List<Object>, Found> first = new LinkedHashMap<>();
        Map<List<Object>, Set<String>> reporters = new LinkedHashMap<>();
        for (Found f : found) {
            String canonical = f.canonicalId() == null ? f.articleId() : f.canonicalId();
            Event e = f.event();
            List<Object> key = java.util.Arrays.asList(canonical, e.type(), e.source(), e.target());
            // The canonical's own wording and date describe the event when the canonical has it.
            Found had = first.get(key);
            if (had == null || !Objects.equals(had.articleId(), canonical) && f.articleId().equals(canonical)) {
                first.put(key, f);
            }
            reporters.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.articleId());
        }
        List<Counted> out = new ArrayList<>();
        first.forEach((key, f) -> out.add(new Counted(f.event().type(), f.event().source(), f.event().target(),
                f.event().trigger(), f.event().sentence(), f.date(), (String) key.get(0), f.story(),
                reporters.get(key).size())));
        return out;
    }
}
