package org.mirsad.entities;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;

/**
 * What the articles of a corpus call one entity, and the name the corpus gives it. Each article names an
 * entity once, by its own most complete form ({@link EntityResolver}): عزام الدخيل in one, عزام بن محمد
 * الدخيل in another, بريدة in most and ببريدة where only a clitic form was written, اللهُ where the text had
 * diacritics. Stored by the last article written, an entity's name was whichever came last (3,533 of the
 * first 20,000 SaudiNewsNet records' 36,639 entity ids are named two ways or more; 1,210 are typed two ways).
 *
 * <p>The corpus's name is its most complete common form: of the names at least a quarter as many articles give
 * as give the most given one (and at least two, unless it is that one), the one of the most name words (عبد and
 * the name after it are one), then the one more articles give, then the longer, then the first in code-point
 * order, so that the choice never depends on the order votes came in (the store, an in-memory extract and
 * Spark's partitions agree). Most articles name a minister by given and family name and some with his
 * father's (عزام الدخيل 97 articles, عزام بن محمد الدخيل 29): the fuller name stands for him; a long form
 * one article made up of a wrong span does not. The type is voted apart, by most articles: برشلونة is the
 * club in some articles and the city in others, and one type must stand for the id. The Latin form goes
 * with the canonical name (a transliteration of it, or the table's for a known entity).
 *
 * <p>Votes merge ({@link #merge}), as Spark's partitions need.
 */
public final class EntityVotes implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final EntityType[] TYPES = EntityType.values();

    /** The name the corpus gives an entity. */
    public record Name(String canonical, EntityType type, String latin) implements Serializable {

        /** The entity as the corpus names it: its id and one article's mentions, this name (itself when it has it). */
        public Entity named(Entity e) {
            if (canonical.equals(e.canonical()) && type == e.type() && Objects.equals(latin, e.latin())) {
                return e;
            }
            return new Entity(e.id(), canonical, type, e.mentions(), latin);
        }
    }

    /** Articles by canonical name; few names per entity. */
    private final Map<String, Integer> canonicals = new HashMap<>(4);
    /** The Latin form given with each canonical name (the same in every article that gives the name). */
    private final Map<String, String> latins = new HashMap<>(4);
    /** Articles by type, by ordinal. */
    private final int[] types = new int[TYPES.length];

    /** One article's naming of the entity. */
    public EntityVotes add(Entity e) {
        return add(e.canonical(), e.type(), e.latin(), 1);
    }

    /** {@code articles} articles naming the entity {@code canonical}, typed {@code type}. */
    public EntityVotes add(String canonical, EntityType type, String latin, int articles) {
        canonicals.merge(canonical, articles, Integer::sum);
        if (latin != null) {
            latins.putIfAbsent(canonical, latin);
        }
        types[type.ordinal()] += articles;
        return this;
    }

    /** This tally with {@code other}'s votes added. */
    public EntityVotes merge(EntityVotes other) {
        other.canonicals.forEach((c, n) -> canonicals.merge(c, n, Integer::sum));
        other.latins.forEach(latins::putIfAbsent);
        for (int t = 0; t < types.length; t++) {
            types[t] += other.types[t];
        }
        return this;
    }

    /** Articles voting (each names the entity once). */
    public int articles() {
        int n = 0;
        for (int v : types) {
            n += v;
        }
        return n;
    }

    /** The name the votes give; null when there are none. */
    public Name winner() {
        int top = 0;
        for (int n : canonicals.values()) {
            top = Math.max(top, n);
        }
        String best = null;
        int bestVotes = 0;
        int bestWords = 0;
        for (Map.Entry<String, Integer> c : canonicals.entrySet()) {
            int votes = c.getValue();
            if (votes < top && (votes < 2 || votes * 4 < top)) {
                continue; // not common
            }
            String name = c.getKey();
            int words = nameWords(name);
            if (best == null || beats(name, words, votes, best, bestWords, bestVotes)) {
                best = name;
                bestVotes = votes;
                bestWords = words;
            }
        }
        if (best == null) {
            return null;
        }
        int type = 0;
        for (int t = 1; t < types.length; t++) {
            if (types[t] > types[type]) {
                type = t;
            }
        }
        return new Name(best, TYPES[type], latins.get(best));
    }

    private static boolean beats(String name, int words, int votes, String best, int bestWords, int bestVotes) {
        if (words != bestWords) {
            return words > bestWords;
        }
        if (votes != bestVotes) {
            return votes > bestVotes;
        }
        if (name.length() != best.length()) {
            return name.length() > best.length();
        }
        return name.compareTo(best) < 0;
    }

    /** The words of a name, عبد and the word after it as one (عبد الرحمن is no fuller than عبدالرحمن). */
    private static int nameWords(String name) {
        List<String> tokens = Names.tokens(name);
        int words = 0;
        for (int i = 0; i < tokens.size(); i = Names.afterGivenName(tokens, i)) {
            words++;
        }
        return words;
    }
}
