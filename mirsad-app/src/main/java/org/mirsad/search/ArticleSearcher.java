package org.mirsad.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.mirsad.index.ArticleFields;
import org.mirsad.index.LuceneArticleIndex;

/**
 * Searches the article index of a data directory: parses the query ({@link ArticleQueryParser}),
 * collapses duplicates (one hit per canonical article, "carried by N"), counts facets, marks the
 * matched words in a snippet. Thread-safe; sees new commits of a writer (another process included)
 * at the next search.
 */
public final class ArticleSearcher implements Closeable {

    /** Headlines in result lists are cut to this many characters (article pages show them whole). */
    public static final int MAX_HEADLINE = 500;
    /** Snippets without a match (a hit found through an entity id or a skeleton) show this much. */
    static final int SUMMARY_CHARS = 240;
    /** The collapse reads at most this many matching documents to fill one page. */
    static final int MAX_WINDOW = 2_000;
    static final int FACET_VALUES = 10;
    static final int MAX_COPIES = 100;

    private final SearcherManager manager;
    private final Duration timeout;
    private final StoredArticles stored = new StoredArticles();
    private final FacetCounter facets = new FacetCounter(stored);

    private ArticleSearcher(SearcherManager manager, Duration timeout) {
        this.manager = manager;
        this.timeout = timeout;
    }

    /** Opens the index of {@code dataDir}; {@link IllegalStateException} when there is none. */
    public static ArticleSearcher open(Path dataDir, Duration timeout) throws IOException {
        Path dir = dataDir.resolve(LuceneArticleIndex.FOLDER);
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IllegalStateException("no index in " + dir);
        }
        return new ArticleSearcher(new SearcherManager(directory, null), timeout);
    }

    /** Runs one search. */
    public SearchResults search(SearchRequest request) throws IOException {
        return withSearcher(searcher -> run(searcher, request));
    }

    /** Gives {@code work} a searcher over the latest commit, limited in time, and releases it after. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        manager.maybeRefresh();
        IndexSearcher shared = manager.acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
            return work.apply(searcher);
        } finally {
            manager.release(shared);
        }
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    StoredArticles stored() {
        return stored;
    }

    FacetCounter facets() {
        return facets;
    }

    private SearchResults run(IndexSearcher searcher, SearchRequest request) throws IOException {
        Query query = query(searcher, request);
        int window = Math.min(MAX_WINDOW, (request.offset() + request.limit()) * 3 + 20);
        TopDocs top = request.sort() == SearchRequest.Sort.DATE
                ? searcher.search(query, window, StoredArticles.BY_DATE_DESC, true)
                : searcher.search(query, window);
        List<ScoreDoc> best = collapse(searcher, top.scoreDocs, request);
        List<Hit> hits = hits(searcher, query, best);
        GroupCounter counter = new GroupCounter();
        searcher.search(query, counter);
        Query canonical = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ArticleFields.CANONICAL, "true")), BooleanClause.Occur.FILTER).build();
        Map<String, List<FacetValue>> counts = facets.count(searcher, canonical, ArticleFields.FACETS, FACET_VALUES);
        return new SearchResults(counter.count(), hits, counts, searcher.timedOut());
    }

    /** The user's query with the request's filters; an empty query matches every article. */
    Query query(IndexSearcher searcher, SearchRequest request) {
        Query text = request.query().isEmpty() ? new MatchAllDocsQuery()
                : new ArticleQueryParser(searcher.getIndexReader()).parseQuery(request.query());
        if (text == null) {
            text = new MatchNoDocsQuery("only stop words");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        request.filters().forEach((dim, values) -> values.forEach(v ->
                b.add(new TermQuery(new Term(dim, v)), BooleanClause.Occur.FILTER)));
        return b.build();
    }

    /** The best document of each canonical group, in rank order, for the requested page. */
    private static List<ScoreDoc> collapse(IndexSearcher searcher, ScoreDoc[] docs, SearchRequest request)
            throws IOException {
        Map<String, ScoreDoc> groups = new LinkedHashMap<>();
        for (ScoreDoc sd : docs) {
            Document d = searcher.storedFields().document(sd.doc, Set.of(ArticleFields.ID, ArticleFields.DUPLICATE_OF));
            String dup = d.get(ArticleFields.DUPLICATE_OF);
            groups.putIfAbsent(dup == null ? d.get(ArticleFields.ID) : dup, sd);
        }
        return groups.values().stream().skip(request.offset()).limit(request.limit()).toList();
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, List<ScoreDoc> best) throws IOException {
        int[] ids = best.stream().mapToInt(sd -> sd.doc).toArray();
        String[] fields = ArticleFields.SNIPPET_FIELDS.toArray(String[]::new);
        Map<String, Object[]> snippets = new SnippetHighlighter(searcher).snippets(fields, query, ids);
        List<Hit> hits = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            JsonNode matched = StoredArticles.json(searcher, ids[i]);
            String group = matched.path("duplicate_of").isTextual() ? matched.path("duplicate_of").asText()
                    : matched.path("id").asText();
            JsonNode shown = group.equals(matched.path("id").asText()) ? matched : stored.byId(searcher, group);
            if (shown == null) {
                shown = matched; // the canonical copy is not (yet) in the index
            }
            Snippet snippet = pick(snippets, fields, i, matched);
            List<JsonNode> copies = stored.matching(searcher, new TermQuery(new Term(ArticleFields.GROUP, group)),
                    MAX_COPIES);
            Set<String> outlets = new LinkedHashSet<>();
            List<String> copyIds = new ArrayList<>();
            copyIds.add(group);
            for (JsonNode c : copies) {
                if (c.path("outlet").isTextual()) {
                    outlets.add(c.path("outlet").asText());
                }
                if (!group.equals(c.path("id").asText())) {
                    copyIds.add(c.path("id").asText());
                }
            }
            hits.add(new Hit(group, cut(shown.path("headline").asText(""), MAX_HEADLINE), text(shown, "outlet"),
                    text(shown.path("date"), "value"), text(shown, "story"), scoreOf(best.get(i)), snippet.text(),
                    snippet.highlights(), Math.max(1, copies.size()), List.copyOf(outlets), copyIds));
        }
        return hits;
    }

    private static Snippet pick(Map<String, Object[]> snippets, String[] fields, int i, JsonNode article) {
        for (String f : fields) {
            Object s = snippets.get(f)[i];
            if (s instanceof Snippet snippet && !snippet.text().isEmpty()) {
                return snippet;
            }
        }
        String lede = article.path("lede").asText("");
        if (lede.isBlank() && article.path("paragraphs").size() > 0) {
            lede = article.path("paragraphs").get(0).asText("");
        }
        return new Snippet(cut(lede, SUMMARY_CHARS), List.of());
    }

    private static float scoreOf(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
