package org.mirsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;

/**
 * The names a corpus held in memory gives its entities ({@link EntityVotes}): for output written once the
 * whole input is read ({@code extract}), so that an entity id has one name and type in every article, as the
 * store gives it. Count every article first, then name each.
 */
public final class CorpusNames {

    private final Map<String, EntityVotes> votes = new HashMap<>();

    /** Counts the article's naming of each of its entities. */
    public void count(Article a) {
        for (Entity e : a.entities()) {
            votes.computeIfAbsent(e.id(), id -> new EntityVotes()).add(e);
        }
    }

    /** The article with its entities named as the counted articles name them (itself when nothing changes). */
    public Article named(Article a) {
        List<Entity> named = null;
        List<Entity> entities = a.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            EntityVotes v = votes.get(e.id());
            Entity n = v == null ? e : v.named(e);
            if (n != e && named == null) {
                named = new ArrayList<>(entities.subList(0, i));
            }
            if (named != null) {
                named.add(n);
            }
        }
        return named == null ? a : a.withEntities(named);
    }
}
