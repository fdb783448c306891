package org.mirsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;

/**
 * The actors of a sentence, left to right and not overlapping: named entities of the article (by
 * their mentions), countries (names, capitals, demonyms) and group nouns. A group noun followed by a
 * country word is one actor: "جنوداً أذربيجانيين" is the Azerbaijani military (AZEMIL).
 */
final class ActorFinder {

    private final EventLexicon lexicon;

    ActorFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param entities the article's entities by their mentions ({@link #byMention}) */
    List<Actor> find(List<Word> tokens, PhraseMatcher<Entity> entities) {
        List<PhraseMatcher.Match<ActorKind>> lexical = lexicon.actors.findAll(tokens);
        List<Actor> found = new ArrayList<>();
        for (PhraseMatcher.Match<ActorKind> m : lexical) {
            ActorKind k = m.value();
            found.add(k.role() == null
                    ? new Actor(m.from(), m.to(), k.label(), k.country(), k.country())
                    : new Actor(m.from(), m.to(), k.label(), k.role(), null));
        }
        for (Actor e : entityActors(tokens, entities)) {
            found.add(withCountryInside(e, lexical));
        }
        found.sort(Comparator.comparingInt(Actor::from).thenComparing(a -> -(a.to() - a.from())));
        return qualify(nonOverlapping(found));
    }

    private static List<Actor> entityActors(List<Word> tokens, PhraseMatcher<Entity> entities) {
        List<Actor> out = new ArrayList<>();
        for (PhraseMatcher.Match<Entity> m : entities.findAll(tokens)) {
            Entity e = m.value();
            String label = e.latin() != null ? e.latin() : e.canonical();
            out.add(new Actor(m.from(), m.to(), label, null, null));
        }
        return out;
    }

    /**
     * An article's entities (MISC left out) findable by their mentions; built once per article, since
     * building it cost more than matching one sentence.
     */
    static PhraseMatcher<Entity> byMention(List<Entity> entities) {
        PhraseMatcher<Entity> byMention = new PhraseMatcher<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.MISC) {
                continue;
            }
            for (String mention : e.mentions()) {
                if (!mention.isBlank()) {
                    byMention.add(mention, e);
                }
            }
        }
        return byMention;
    }

    /** An entity whose name holds a country word (وزارة خارجية أذربيجان) belongs to that country. */
    private static Actor withCountryInside(Actor e, List<PhraseMatcher.Match<ActorKind>> lexical) {
        for (PhraseMatcher.Match<ActorKind> m : lexical) {
            if (m.from() >= e.from() && m.to() <= e.to() && m.value().country() != null) {
                return new Actor(e.from(), e.to(), e.label(), m.value().country(), m.value().country());
            }
        }
        return e;
    }

    /** Keeps the first (longest) actor where spans overlap; a country reading wins a tie over an entity. */
    private static List<Actor> nonOverlapping(List<Actor> sorted) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : sorted) {
            Actor last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && a.from() < last.to()) {
                if (last.country() == null && a.country() != null && a.from() == last.from() && a.to() == last.to()) {
                    out.set(out.size() - 1, a);
                }
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /** Joins a group noun with the country word right after it (not across "في": soldiers in Syria are not Syrian). */
    private static List<Actor> qualify(List<Actor> actors) {
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            Actor next = i + 1 < actors.size() ? actors.get(i + 1) : null;
            boolean group = a.country() == null && a.code() != null;
            if (group && next != null && next.country() != null && next.from() == a.to()) {
                out.add(new Actor(a.from(), next.to(), next.label() + " " + a.label(), next.country() + a.code(),
                        next.country()));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
