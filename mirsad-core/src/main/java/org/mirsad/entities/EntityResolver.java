package org.mirsad.entities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mirsad.gazetteer.GivenNames;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.WordCache;

/**
 * Groups an article's mentions into entities and gives each a stable id.
 *
 * <p>Within the article, mentions are taken most complete first; a mention joins an entity when both
 * name the same known actor, when their skeletons are {@link Names#similar} (spelling variants, glued
 * forms), or when it is a part of a longer name of the same entity (بيسكوف → دميتري بيسكوف; كاراباخ →
 * ناغورنو كاراباخ).
 *
 * <p>Across articles and runs, the id is a hash of a canonical key: the known actor's key when data knows
 * the name (so an article that only says بوتن and another that says فلاديمير بوتين agree), else the
 * consonant skeleton of the most complete form. An unknown person named by surname alone in one article
 * and in full in another therefore gets two ids: no data says they are one.
 */
final class EntityResolver {

    private EntityResolver() {
    }

    private static final class Cluster {
        final List<Mention> members = new ArrayList<>();
        /** each member's skeleton ({@link Names#skeleton} of its tokens), in member order */
        final List<String> skeletons = new ArrayList<>();
        Known known;
        /** where its earliest member starts: the clusters' order, kept as members join */
        int firstStart = Integer.MAX_VALUE;

        /** each member's {@link Names#usualForm} (its own tokens when it has none), in member order */
        final List<List<String>> usualForms = new ArrayList<>();

        void add(Mention m, String skeleton, List<String> usualForm) {
            members.add(m);
            skeletons.add(skeleton);
            usualForms.add(usualForm);
            firstStart = Math.min(firstStart, m.start());
        }

        Mention head() {
            return members.get(0);
        }
    }

    /**
     * The skeletons of one resolution's words, each made once: every mention is compared with the members of
     * every cluster, and each comparison made both skeletons again. A mention's whole skeleton is made once
     * and kept beside it in its cluster ({@link Cluster#skeletons}).
     */
    private static final class Skeletons {
        private final Map<String, String> ofWord = new HashMap<>();

        String ofWord(String w) {
            return ofWord.computeIfAbsent(w, x -> Names.skeleton(List.of(x)));
        }
    }

    static List<Entity> resolve(List<Mention> mentions) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt((Mention m) -> -m.tokens().size()).thenComparingInt(Mention::start));
        List<Cluster> clusters = new ArrayList<>();
        Skeletons skeletons = new Skeletons();
        for (Mention m : ordered) {
            String skeleton = Names.skeleton(m.tokens());
            List<String> usual = Names.usualForm(m.tokens());
            Cluster c = find(clusters, m, skeleton, usual, skeletons);
            if (c == null) {
                c = new Cluster();
                clusters.add(c);
            }
            c.add(m, skeleton, usual);
            if (c.known == null && !(weaklyKnown(m) && c.members.size() > 1)) {
                c.known = m.known();
            }
        }
        clusters.sort(Comparator.comparingInt(c -> c.firstStart));
        List<Entity> out = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        for (Cluster c : clusters) {
            Entity e = entity(c);
            // two clusters the rules kept apart can still share an id (جو برو and غو برو, أبو داود and أبي داود:
            // one key across articles): one id is one entity in an article too, the first in the text
            Integer first = byId.putIfAbsent(e.id(), out.size());
            if (first == null) {
                out.add(e);
            } else {
                out.set(first, withMentionsOf(out.get(first), e));
            }
        }
        return out;
    }

    /** {@code e} with {@code other}'s written forms after its own, each once. */
    private static Entity withMentionsOf(Entity e, Entity other) {
        List<String> written = new ArrayList<>(e.mentions());
        for (String w : other.mentions()) {
            if (!written.contains(w)) {
                written.add(w);
            }
        }
        return new Entity(e.id(), e.canonical(), e.type(), written, e.latin());
    }

    /** The cluster {@code m} (whose skeleton is {@code skeleton}) joins, or null. */
    private static Cluster find(List<Cluster> clusters, Mention m, String skeleton, List<String> usual, Skeletons skeletons) {
        if (weaklyKnown(m)) {
            // a lone surname the actor dictionary happens to hold (الخطيب): the article's own full name wins,
            // unknown or known by a typed source (سلمان of سلمان بن عبدالعزيز آل سعود)
            for (Cluster c : clusters) {
                if ((c.known == null || c.known.type() != null) && anyPartOf(m, c, skeletons) && typesFit(m, c)) {
                    return c;
                }
            }
        }
        if (m.known() != null) {
            for (Cluster c : clusters) {
                if (c.known != null && c.known.key().equals(m.known().key())) {
                    return c;
                }
            }
        }
        boolean shortName = skeleton.length() < 4;
        for (Cluster c : clusters) {
            if (c.known != null && m.known() != null) {
                continue; // two different known actors
            }
            boolean mayBePart = m.known() == null;
            List<Mention> members = c.members;
            if (shortName && (c.known == null) != (m.known() == null)) {
                // أروبا is known, أوروبا is not: too short to call one a misspelling of the other; but the known
                // name's last words, letter by letter, are its surname (صالح of علي عبد الله صالح)
                for (Mention x : members) {
                    if (mayBePart && endOf(m, x) && typesFit(m, c)) {
                        return c;
                    }
                }
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                Mention x = members.get(i);
                if (Names.sameName(m.tokens(), skeleton, x.tokens(), c.skeletons.get(i))
                        || mayBePart && partOf(m, x, skeletons) && typesFit(m, c)
                        || sameUsualForm(m.tokens(), usual, x.tokens(), c.usualForms.get(i))) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Whether two names ({@code a}, {@code b}, with their {@link Names#usualForm}s {@code ua}, {@code ub}) of
     * which one at least is a lineage name have one usual form: عادل الجبير and عادل بن أحمد الجبير, which the id
     * gives one key to, are one entity in the article too.
     */
    private static boolean sameUsualForm(List<String> a, List<String> ua, List<String> b, List<String> ub) {
        return (ua != a || ub != b) && ua.equals(ub);
    }

    /** Whether {@code m} is a part of some member of {@code c} ({@link #partOf}). */
    private static boolean anyPartOf(Mention m, Cluster c, Skeletons skeletons) {
        List<Mention> members = c.members;
        for (int i = 0; i < members.size(); i++) {
            if (partOf(m, members.get(i), skeletons)) {
                return true;
            }
        }
        return false;
    }

    /** One word linked only through the actor dictionary (no type there): weaker than the article's context. */
    private static boolean weaklyKnown(Mention m) {
        return m.tokens().size() == 1 && m.known() != null && m.known().type() == null;
    }

    /** Whether the shorter mention's tokens are a run of the longer one's, token by token. */
    private static boolean partOf(Mention part, Mention whole, Skeletons skeletons) {
        List<String> p = part.tokens();
        List<String> w = whole.tokens();
        if (p.size() >= w.size()) {
            return false;
        }
        for (int start = 0; start + p.size() <= w.size(); start++) {
            boolean all = true;
            for (int j = 0; j < p.size() && all; j++) {
                all = sameWord(p.get(j), w.get(start + j), skeletons);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether the shorter mention's tokens are the longer one's last, letter by letter. */
    private static boolean endOf(Mention part, Mention whole) {
        List<String> p = part.tokens();
        List<String> w = whole.tokens();
        return p.size() < w.size() && w.subList(w.size() - p.size(), w.size()).equals(p);
    }

    /**
     * One word of a name in two spellings. Words whose skeletons start with different letters are never
     * {@link Names#similar}: most pairs are told apart so, before their skeletons are looked up.
     */
    private static boolean sameWord(String a, String b, Skeletons skeletons) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || Names.skeletonStart(a) != Names.skeletonStart(b)) {
            return false;
        }
        return Names.sameWord(a, skeletons.ofWord(a), b, skeletons.ofWord(b));
    }

    /** A part joins an entity of its own type, or a person (a surname the tagger mistyped). */
    private static boolean typesFit(Mention m, Cluster c) {
        EntityType t = type(c);
        return m.type() == t || t == EntityType.PER && m.tokens().size() == 1;
    }

    private static final EntityType[] TYPES = EntityType.values();

    private static EntityType type(Cluster c) {
        if (c.known != null && c.known.type() != null) {
            return c.known.type();
        }
        // each type's votes (its members' words), by ordinal: the types in enum order, the head's unless
        // another has more (asked for every candidate part, where a map of boxed counts was made each time)
        int[] votes = new int[TYPES.length];
        List<Mention> members = c.members;
        for (int i = 0; i < members.size(); i++) {
            Mention m = members.get(i);
            votes[m.type().ordinal()] += m.tokens().size();
        }
        EntityType best = c.head().type();
        for (EntityType t : TYPES) {
            if (votes[t.ordinal()] > votes[best.ordinal()]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The id and Latin form of a name no actor's data gives (see {@link #entity}), by canonical name: the
     * same names recur article after article, and each made a skeleton key, a SHA-256 digest and a
     * transliteration again.
     */
    private record Naming(String id, String latin) {
    }

    private static final WordCache<Naming> NAMINGS = new WordCache<>(20_000);
    /** {@link #id} of the actors' keys. */
    private static final WordCache<String> ACTOR_IDS = new WordCache<>(20_000);

    /** Members in text order (a stable sort: equal starts keep their order); one member needs no copy. */
    private static final Comparator<Mention> BY_START = Comparator.comparingInt(Mention::start);

    private static Entity entity(Cluster c) {
        List<Mention> inTextOrder = c.members;
        if (inTextOrder.size() > 1) {
            inTextOrder = new ArrayList<>(inTextOrder);
            inTextOrder.sort(BY_START);
        }
        String canonical = canonical(c, inTextOrder);
        Known k = c.known;
        // a name no actor's data gives asks its naming once for both the id and the Latin form
        Naming named = k == null || k.latin() == null ? naming(canonical) : null;
        String id = k != null ? ACTOR_IDS.get(k.key(), EntityResolver::id) : named.id();
        String latin = k != null && k.latin() != null ? k.latin() : named.latin();
        List<String> written = new ArrayList<>(inTextOrder.size());
        for (int i = 0; i < inTextOrder.size(); i++) {
            String w = inTextOrder.get(i).written();
            if (!written.contains(w)) { // each written form once, first place first (members are few)
                written.add(w);
            }
        }
        return new Entity(id, canonical, type(c), written, latin);
    }

    private static Naming naming(String canonical) {
        return NAMINGS.get(canonical, name -> new Naming(id("name:" + skeletonKey(Names.usualForm(Names.tokens(name)))),
                Transliterator.latin(name)));
    }

    /**
     * Known actors with a curated or country name use it; otherwise the most complete, most frequent form
     * ({@code inTextOrder}: the members in text order), the first in the text among equally frequent ones, shown
     * without diacritics or tatweel.
     */
    private static String canonical(Cluster c, List<Mention> inTextOrder) {
        if (c.known != null && c.known.type() != null) {
            return c.known.arabic();
        }
        return ArabicNormalizer.withoutMarks(mostComplete(inTextOrder));
    }

    private static String mostComplete(List<Mention> inTextOrder) {
        if (inTextOrder.size() == 1) {
            return inTextOrder.get(0).name();
        }
        int longest = 0;
        for (int i = 0; i < inTextOrder.size(); i++) {
            longest = Math.max(longest, inTextOrder.get(i).tokens().size());
        }
        List<String> names = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (int i = 0; i < inTextOrder.size(); i++) {
            Mention m = inTextOrder.get(i);
            if (m.tokens().size() == longest) {
                int at = names.indexOf(m.name());
                if (at < 0) {
                    names.add(m.name());
                    counts.add(new int[] {1});
                } else {
                    counts.get(at)[0]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < names.size(); i++) {
            if (counts.get(i)[0] > counts.get(best)[0]) {
                best = i;
            }
        }
        return names.get(best);
    }

    private static String skeletonKey(List<String> tokens) {
        // a one-word name of a short skeleton (under four letters) is the same name as another only letter by
        // letter but و/ي ({@link Names#sameName}: عمار is not عمر, صلاح not صالح, السوبر not صبر), so its id is
        // made of those letters: keyed by its skeleton, each such id gathered many names across articles
        // a listed given name keys by its letters, as it is compared (Names#differentGivenNames): محمود is not
        // محمد, سعيد not سعد, though their skeletons are one
        if (tokens.size() == 1) {
            String t = tokens.get(0);
            if (GivenNames.isArabic(t)) {
                return "given " + t;
            }
            String skeleton = Names.skeleton(tokens); // the key below of one word, made once
            return skeleton.length() < 4 ? "word " + Names.withoutWawYeh(tokens) : skeleton + nisba(t);
        }
        List<String> parts = new ArrayList<>();
        for (String t : tokens) {
            parts.add(GivenNames.isArabic(t) ? "=" + t : Names.skeleton(List.of(t)));
        }
        // the surname's nisba ي, which its skeleton drops, as the resolver compares surnames (Names#endingsAgree):
        // خالد العبيدي is not خالد العباد, علي العمير not علي العامري
        return String.join(" ", parts) + nisba(tokens.get(tokens.size() - 1));
    }

    /** "ي" when the word ends in the nisba's ي (its skeleton drops it), else "". */
    private static String nisba(String word) {
        return Names.endsInYeh(word) ? "ي" : "";
    }

    /** "E" and 16 hex digits of the key's SHA-256: stable, URL-safe, independent of run and article. */
    static String id(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "E" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
