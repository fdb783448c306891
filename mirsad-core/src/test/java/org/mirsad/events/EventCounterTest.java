package org.mirsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Event;

class EventCounterTest {

    private static final Event SHELLING = new Event("ASSAULT", "الجيش", "القرية", "قصف", "قصف الجيش القرية فجراً.");
    private static final Event SHELLING_COPY = new Event("ASSAULT", "الجيش", "القرية", "قصفت", "وقصفت قوات الجيش القرية.");
    private static final Event PROTEST = new Event("PROTEST", "المتظاهرون", null, "تظاهر", "تظاهر المئات أمام الوزارة.");

    private static EventCounter.Found found(String article, String canonical, Event e) {
        return new EventCounter.Found(article, canonical, "2025-03-06", "s1", e);
    }

    @Test
    void eventOfADuplicateIsAMentionOfItsCanonicalsEvent() {
        List<EventCounter.Counted> events = EventCounter.count(List.of(found("dup1", "canon", SHELLING_COPY),
                found("canon", null, SHELLING), found("dup2", "canon", SHELLING)));
        assertThat(events).hasSize(1);
        EventCounter.Counted e = events.get(0);
        assertThat(e.mentions()).isEqualTo(3);
        assertThat(e.article()).isEqualTo("canon");
        assertThat(e.sentence()).isEqualTo(SHELLING.sentence());
    }

    @Test
    void sameEventTwiceInOneArticleIsOneMention() {
        List<EventCounter.Counted> events = EventCounter.count(List.of(found("canon", null, SHELLING),
                found("canon", null, SHELLING_COPY)));
        assertThat(events).singleElement().extracting(EventCounter.Counted::mentions).isEqualTo(1);
    }

    @Test
    void differentEventsAndUnrelatedArticlesStayApart() {
        List<EventCounter.Counted> events = EventCounter.count(List.of(found("a", null, SHELLING),
                found("a", null, PROTEST), found("b", null, SHELLING), found("b-copy", "b", PROTEST)));
        assertThat(events).extracting(EventCounter.Counted::type, EventCounter.Counted::article,
                EventCounter.Counted::mentions).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ASSAULT", "a", 1), org.assertj.core.groups.Tuple.tuple("PROTEST", "a", 1),
                org.assertj.core.groups.Tuple.tuple("ASSAULT", "b", 1), org.assertj.core.groups.Tuple.tuple("PROTEST", "b", 1));
    }

    @Test
    void noEventsNoCounts() {
        assertThat(EventCounter.count(List.of())).isEmpty();
    }
}
