package org.mirsad.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.text.Token;

/**
 * Sums a story up from its members: title, dates, outlets, entities, keywords and timeline.
 *
 * <p>The title is the headline of the most central member: the highest mean cosine similarity to
 * the other members, over the same weighted stems the clusterer uses. With unit vectors the sum of
 * one member's cosines to all others is {@code v·S − 1} where {@code S} is the sum of all vectors,
 * so the exact mean costs one pass, not a pass per pair.
 */
public final class StorySummarizer {

    static final int TOP_ENTITIES = 8;
    static final int TOP_KEYWORDS = 10;
    static final int TOP_OUTLETS = 10;

    private StorySummarizer() {
    }

    /**
     * @param id         the story id
     * @param canonicals its canonical articles (at least one)
     * @param duplicates duplicate copies of them (count once; their outlets count as carriers)
     */
    public static StorySummary summarize(String id, List<Article> canonicals, List<Article> duplicates) {
        List<Article> members = members(id, canonicals);
        Overview o = overview(members, duplicates);
        Map<LocalDate, List<StorySummary.Member>> days = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Article a : members) {
            days.computeIfAbsent(a.date().value(), k -> new ArrayList<>())
                    .add(new StorySummary.Member(a.id(), a.headline(), a.outlet()));
        }
        List<StorySummary.Day> timeline = new ArrayList<>();
        days.forEach((d, list) -> timeline.add(new StorySummary.Day(d, list.size(), list)));
        List<Article> carriers = new ArrayList<>(members);
        carriers.addAll(duplicates);
        return new StorySummary(id, o.title(), o.centralId(), members.size(), duplicates.size(), o.firstDate(),
                o.lastDate(), top(carriers, StorySummarizer::outlet, TOP_OUTLETS),
                top(members, StorySummarizer::entityNames, TOP_ENTITIES), keywords(members), timeline);
    }

    /**
     * What a listing of stories shows of a summary: its title (the most central member's headline), dates and
     * counts, without the keywords, entities and timeline {@link #summarize} also works out (those read every
     * member's text). The stories table keeps these columns for every story an ingest touched.
     *
     * @param outlets the outlets among the story's carriers, at most {@value #TOP_OUTLETS} (as many as the
     *                summary's {@link StorySummary#outlets()} lists)
     */
    public record Overview(String title, String centralId, int articles, LocalDate firstDate, LocalDate lastDate,
                           int outlets) {
    }

    /** The {@link Overview} of a story: the same title, dates and counts as its {@link #summarize summary}. */
    public static Overview overview(String id, List<Article> canonicals, List<Article> duplicates) {
        return overview(members(id, canonicals), duplicates);
    }

    private static List<Article> members(String id, List<Article> canonicals) {
        if (canonicals.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no article");
        }
        List<Article> members = new ArrayList<>(canonicals);
        members.sort(Comparator.comparing(Article::id));
        return members;
    }

    /** @param members the canonical members, in id order */
    private static Overview overview(List<Article> members, List<Article> duplicates) {
        Article central = central(members);
        LocalDate first = null;
        LocalDate last = null;
        Set<String> outlets = new HashSet<>();
        for (Article a : members) {
            LocalDate d = a.date().value();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            outlets.addAll(outlet(a));
        }
        for (Article a : duplicates) {
            outlets.addAll(outlet(a));
        }
        return new Overview(central.headline(), central.id(), members.size(), first, last,
                Math.min(outlets.size(), TOP_OUTLETS));
    }

    private static Set<String> outlet(Article a) {
        return a.outlet() == null ? Set.of() : Set.of(a.outlet());
    }

    /** The member with the highest mean similarity to the others (ties: the smaller id). */
    static Article central(List<Article> members) {
        if (members.size() == 1) {
            // Most stories have one canonical article: no need for its term vector (a pass over its text).
            return members.get(0);
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        Map<String, Double> sum = new HashMap<>();
        for (Article a : members) {
            Map<String, Double> v = unit(StoryTerms.of(a).asMap());
            vectors.add(v);
            v.forEach((t, w) -> sum.merge(t, w, Double::sum));
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < members.size(); i++) {
            double dot = 0;
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                dot += e.getValue() * sum.get(e.getKey());
            }
            if (dot > bestScore + 1e-12) {
                bestScore = dot;
                best = i;
            }
        }
        return members.get(best);
    }

    private static Map<String, Double> unit(Map<String, Float> tf) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Float> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            v.replaceAll((t, w) -> w / n);
        }
        return v;
    }

    private static double idf(String stem) {
        BackgroundFrequencies bg = BackgroundFrequencies.SHIPPED;
        return Math.log((bg.documents() + 1.0) / (bg.frequency(stem) + 0.5));
    }

    /** Names of the article's people, organisations and places (each once per article). */
    private static Set<String> entityNames(Article a) {
        Set<String> names = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.MISC) {
                names.add(e.canonical());
            }
        }
        return names;
    }

    private static List<StorySummary.Count> top(List<Article> articles,
                                                java.util.function.Function<Article, Set<String>> names, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : articles) {
            names.apply(a).stream().filter(Objects::nonNull).forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new StorySummary.Count(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The strongest stems of the members' headlines and ledes (in how many members × background idf),
     * each shown in its commonest written form.
     */
    static List<String> keywords(List<Article> members) {
        Map<String, Integer> memberCount = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (Article a : members) {
            Set<String> seen = new HashSet<>();
            String text = a.headline() + "\n" + (a.lede() == null ? "" : a.lede());
            for (Token t : ArabicTokenizer.tokenize(text)) {
                if (t.type() != Token.Type.ARABIC && t.type() != Token.Type.LATIN) {
                    continue;
                }
                String stem = StoryTerms.stem(t.form());
                if (stem != null) {
                    forms.computeIfAbsent(stem, k -> new LinkedHashMap<>()).merge(t.surface(), 1, Integer::sum);
                    if (seen.add(stem)) {
                        memberCount.merge(stem, 1, Integer::sum);
                    }
                }
            }
        }
        // In a story of several articles, a word one article alone uses says little about the story.
        int floor = members.size() > 1 ? 2 : 1;
        return memberCount.entrySet().stream()
                .filter(e -> e.getValue() >= floor)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e -> -e.getValue() * idf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_KEYWORDS)
                .map(e -> commonest(forms.get(e.getKey())))
                .toList();
    }

    private static String commonest(Map<String, Integer> forms) {
        // Most used; among equals, the first met (forms keeps meeting order).
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
