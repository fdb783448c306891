package org.mirsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.Quote;

/**
 * The names a corpus held in memory gives its entities ({@link EntityVotes}): for output written once the
 * whole input is read ({@code extract}), so that an entity id has one name and type in every article, and a
 * quote's linked speaker that name, as the store gives them. Count every article first, then name each.
 */
public final class CorpusNames {

    private final Map<String, EntityVotes> votes = new HashMap<>();
    /**
     * Each entity's name once decided ({@link EntityVotes#winner} reads every name it was given and splits each
     * into words): asked again for every article and quote that names it, it stays the same until more are counted.
     */
    private final Map<String, EntityVotes.Name> decided = new HashMap<>();

    /** Counts the article's naming of each of its entities. */
    public void count(Article a) {
        decided.clear();
        for (Entity e : a.entities()) {
            votes.computeIfAbsent(e.id(), id -> new EntityVotes()).add(e);
        }
    }

    /**
     * The article with its entities, and the speakers its quotes link to them, named as the counted articles name
     * them (itself when nothing changes).
     */
    public Article named(Article a) {
        List<Entity> entities = new ArrayList<>(a.entities().size());
        boolean changed = false;
        for (Entity e : a.entities()) {
            EntityVotes.Name n = name(e.id());
            Entity named = n == null ? e : n.named(e);
            changed |= named != e;
            entities.add(named);
        }
        List<Quote> quotes = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            EntityVotes.Name n = q.speakerEntity() == null ? null : name(q.speakerEntity());
            boolean renamed = n != null && !n.canonical().equals(q.speaker());
            changed |= renamed;
            quotes.add(renamed ? new Quote(n.canonical(), q.speakerEntity(), q.text(), q.kind()) : q);
        }
        return changed ? a.withEntities(entities).withQuotes(quotes) : a;
    }

    /** The name the counted articles give entity {@code id}, or null when none names it. */
    private EntityVotes.Name name(String id) {
        return decided.computeIfAbsent(id, k -> {
            EntityVotes v = votes.get(k);
            return v == null ? null : v.winner();
        });
    }
}
