package org.mirsad.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.mirsad.index.ArticleFields;

/**
 * Stories, entities, events and single articles, read from the index (each document stores its
 * article as JSON): what the API and the UI browse besides search.
 */
public final class CorpusBrowser {

    public static final int MAX_LIST = 200;
    /** A story or entity page lists at most this many articles. */
    public static final int MAX_ARTICLES = 500;

    private final ArticleSearcher searcher;

    public CorpusBrowser(ArticleSearcher searcher) {
        this.searcher = searcher;
    }

    /** The article as {@code extract} prints it, plus {@code copies}: every source that carried it. */
    public Optional<JsonNode> article(String id) throws IOException {
        return Optional.ofNullable(searcher.withSearcher(s -> {
            JsonNode a = searcher.stored().byId(s, id);
            if (a == null) {
                return null;
            }
            String group = a.path("duplicate_of").isTextual() ? a.path("duplicate_of").asText() : id;
            ArrayNode copies = ((ObjectNode) a).putArray("copies");
            for (JsonNode c : searcher.stored().matching(s, term(ArticleFields.GROUP, group), ArticleSearcher.MAX_COPIES)) {
                ObjectNode copy = copies.addObject();
                copy.put("id", c.path("id").asText());
                copy.set("outlet", c.path("outlet"));
                copy.set("source", c.path("source"));
                copy.put("canonical", !c.path("duplicate_of").isTextual());
            }
            return a;
        }));
    }

    /** Stories by number of articles. */
    public List<StorySummary> stories(int limit) throws IOException {
        return searcher.withSearcher(s -> {
            List<StorySummary> out = new ArrayList<>();
            for (FacetValue v : facet(s, canonicalOnly(new MatchAllDocsQuery()), ArticleFields.STORY, limit)) {
                out.add(summary(s, v));
            }
            return out;
        });
    }

    /** One story: its articles by date, a per-day timeline, its outlets and main entities. */
    public Optional<StoryDetail> story(String id) throws IOException {
        return Optional.ofNullable(searcher.withSearcher(s -> {
            Query q = canonicalOnly(term(ArticleFields.STORY, id));
            List<JsonNode> articles = searcher.stored().matching(s, q, MAX_ARTICLES);
            if (articles.isEmpty()) {
                return null;
            }
            Map<String, Integer> perDay = new TreeMap<>();
            Map<String, List<ArticleRef>> byOutlet = new LinkedHashMap<>();
            List<ArticleRef> refs = new ArrayList<>();
            for (JsonNode a : articles) {
                ArticleRef ref = ref(a);
                refs.add(ref);
                if (ref.date() != null) {
                    perDay.merge(ref.date(), 1, Integer::sum);
                }
                byOutlet.computeIfAbsent(ref.outlet() == null ? "" : ref.outlet(), k -> new ArrayList<>()).add(ref);
            }
            List<DayCount> timeline = perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
            List<OutletArticles> outlets = byOutlet.entrySet().stream()
                    .map(e -> new OutletArticles(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList();
            return new StoryDetail(id, refs.get(0).headline(), refs.size(), timeline, refs, outlets,
                    facet(s, q, ArticleFields.ENTITY, 20));
        }));
    }

    /** Entities by number of articles, optionally of one type (PER, LOC, ORG, MISC). */
    public List<EntitySummary> entities(int limit, String type) throws IOException {
        return searcher.withSearcher(s -> {
            List<EntitySummary> out = new ArrayList<>();
            int fetch = type == null ? limit : MAX_LIST * 5;
            for (FacetValue v : facet(s, canonicalOnly(new MatchAllDocsQuery()), ArticleFields.ENTITY, fetch)) {
                JsonNode e = searcher.stored().entity(s, v.value());
                String t = e == null ? null : e.path("type").asText(null);
                if (type == null || type.equals(t)) {
                    out.add(new EntitySummary(v.value(), v.label(), t, e == null ? null : e.path("latin").asText(null),
                            v.count()));
                }
                if (out.size() >= limit) {
                    break;
                }
            }
            return out;
        });
    }

    /** One entity: every spelling seen, its articles, its quotes, the entities seen with it. */
    public Optional<EntityDetail> entity(String id) throws IOException {
        return Optional.ofNullable(searcher.withSearcher(s -> {
            Query q = canonicalOnly(term(ArticleFields.ENTITY, id));
            List<JsonNode> articles = searcher.stored().matching(s, q, MAX_ARTICLES);
            if (articles.isEmpty()) {
                return null;
            }
            Map<String, Integer> variants = new LinkedHashMap<>();
            List<QuoteRef> quotes = new ArrayList<>();
            List<ArticleRef> refs = new ArrayList<>();
            String canonical = id;
            String type = null;
            String latin = null;
            for (JsonNode a : articles) {
                ArticleRef ref = ref(a);
                refs.add(ref);
                for (JsonNode e : a.path("entities")) {
                    if (id.equals(e.path("id").asText())) {
                        canonical = e.path("canonical").asText(canonical);
                        type = e.path("type").asText(type);
                        latin = e.path("latin").asText(latin);
                        e.path("mentions").forEach(m -> variants.merge(m.asText(), 1, Integer::sum));
                    }
                }
                for (JsonNode qn : a.path("quotes")) {
                    if (id.equals(qn.path("speaker_entity").asText())) {
                        quotes.add(new QuoteRef(qn.path("text").asText(), qn.path("speaker").asText(null), ref));
                    }
                }
            }
            List<FacetValue> related = new ArrayList<>(facet(s, q, ArticleFields.ENTITY, 21));
            related.removeIf(v -> v.value().equals(id));
            List<Variant> vs = variants.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                    .map(e -> new Variant(e.getKey(), e.getValue())).toList();
            return new EntityDetail(id, canonical, type, latin, vs, refs.size(), refs, quotes,
                    related.subList(0, Math.min(20, related.size())));
        }));
    }

    /** Events, newest articles first, optionally of one type and/or involving one entity's article. */
    public List<EventRef> events(String type, String entity, int limit) throws IOException {
        return searcher.withSearcher(s -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(type == null ? new MatchAllDocsQuery() : term(ArticleFields.EVENT, type), BooleanClause.Occur.MUST);
            if (entity != null) {
                b.add(term(ArticleFields.ENTITY, entity), BooleanClause.Occur.FILTER);
            }
            List<EventRef> out = new ArrayList<>();
            for (JsonNode a : searcher.stored().matching(s, canonicalOnly(b.build()), MAX_ARTICLES)) {
                for (JsonNode e : a.path("events")) {
                    if (out.size() < limit && (type == null || type.equals(e.path("type").asText()))) {
                        out.add(new EventRef(e.path("type").asText(), e.path("source").asText(null),
                                e.path("target").asText(null), e.path("trigger").asText(null),
                                e.path("sentence").asText(null), ref(a)));
                    }
                }
            }
            return out;
        });
    }

    /** How many articles and canonical articles the index holds. */
    public Counts counts() throws IOException {
        return searcher.withSearcher(s -> new Counts(s.getIndexReader().numDocs(),
                s.count(canonicalOnly(new MatchAllDocsQuery()))));
    }

    private StorySummary summary(IndexSearcher s, FacetValue v) throws IOException {
        Query q = canonicalOnly(term(ArticleFields.STORY, v.value()));
        List<JsonNode> all = searcher.stored().matching(s, q, MAX_ARTICLES);
        String first = null;
        String last = null;
        for (JsonNode a : all) {
            String d = a.path("date").path("value").asText(null);
            if (d != null) {
                first = first == null || d.compareTo(first) < 0 ? d : first;
                last = last == null || d.compareTo(last) > 0 ? d : last;
            }
        }
        List<String> outlets = facet(s, q, ArticleFields.OUTLET, 20).stream().map(FacetValue::value).toList();
        return new StorySummary(v.value(), v.label(), v.count(), first, last, outlets);
    }

    private List<FacetValue> facet(IndexSearcher s, Query q, String dim, int n) throws IOException {
        return searcher.facets().count(s, q, List.of(dim), n).get(dim);
    }

    static ArticleRef ref(JsonNode a) {
        return new ArticleRef(a.path("id").asText(), ArticleSearcher.cut(a.path("headline").asText(""),
                ArticleSearcher.MAX_HEADLINE), ArticleSearcher.text(a, "outlet"),
                ArticleSearcher.text(a.path("date"), "value"), ArticleSearcher.text(a, "story"));
    }

    static Query canonicalOnly(Query q) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(term(ArticleFields.CANONICAL, "true"), BooleanClause.Occur.FILTER).build();
    }

    static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    public record ArticleRef(String id, String headline, String outlet, String date, String story) {
    }

    public record DayCount(String day, int count) {
    }

    public record OutletArticles(String outlet, List<ArticleRef> articles) {
    }

    public record StorySummary(String id, String headline, int articles, String firstDate, String lastDate,
                               List<String> outlets) {
    }

    public record StoryDetail(String id, String headline, int articleCount, List<DayCount> timeline,
                              List<ArticleRef> articles, List<OutletArticles> byOutlet, List<FacetValue> entities) {
    }

    /** An entity in a list: its name, type, Latin name (null when none) and how many canonical articles name it. */
    public record EntitySummary(String id, String canonical, String type, String latin, int articles) {
    }

    public record Variant(String text, int articles) {
    }

    public record QuoteRef(String text, String speaker, ArticleRef article) {
    }

    public record EntityDetail(String id, String canonical, String type, String latin, List<Variant> variants, int articleCount,
                               List<ArticleRef> articles, List<QuoteRef> quotes, List<FacetValue> related) {
    }

    public record EventRef(String type, String source, String target, String trigger, String sentence,
                           ArticleRef article) {
    }

    public record Counts(int documents, int articles) {
    }
}
