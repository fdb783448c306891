package org.mirsad.search;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.mirsad.index.ArticleFields;
import org.mirsad.index.LuceneArticleIndex;

/**
 * Searches the article index of a data directory: parses the query ({@link ArticleQueryParser}),
 * collapses duplicates (one hit per canonical article, "carried by N"), counts facets, marks the
 * matched words in a snippet. Thread-safe; sees new commits of a writer (another process included)
 * at the next search.
 */
public final class ArticleSearcher implements Searcher {

    /** Headlines in result lists are cut to this many characters (article pages show them whole). */
    public static final int MAX_HEADLINE = 500;
    /** Snippets without a match (a hit found through an entity id or a skeleton) show this much. */
    public static final int SUMMARY_CHARS = 240;
    /** The collapse reads at most this many matching documents to fill one page. */
    static final int MAX_WINDOW = 2_000;
    static final int FACET_VALUES = 10;
    /**
     * Counting stops at this many canonical articles ("1000+"): the exact figure of a word found in half
     * the index would cost a pass over half the index, and says little more.
     */
    static final int TOTAL_CAP = 1_000;
    /**
     * Facets count every match up to about this many; beyond, an even sample of about this many
     * ({@link StrideSample}), each count scaled up: a value with a tenth of the matches within about
     * ±6 %. A sample of 10,000 cost a third more time at a million documents (docs/performance.md).
     */
    static final int FACET_SAMPLE = 3_000;
    static final int MAX_COPIES = 100;
    /** The stored fields a hit shows (never the body or the article JSON: they are large). */
    static final Set<String> HIT_FIELDS = Set.of(ArticleFields.ID, ArticleFields.DUPLICATE_OF, ArticleFields.HEADLINE,
            ArticleFields.LEDE, ArticleFields.OUTLET, ArticleFields.DATE, ArticleFields.STORY);
    /** What is read of each hit: its fields and the text of its snippet fields, in one read. */
    private static final Set<String> LOADED_FIELDS = java.util.stream.Stream.concat(HIT_FIELDS.stream(),
            ArticleFields.SNIPPET_FIELDS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Searches running at once. More would only share the same cores; a fair queue in front keeps the
     * waiting time even (first come, first served) when many clients search together.
     */
    static final int CONCURRENT_SEARCHES = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(CONCURRENT_SEARCHES, true);
    private final SearcherManager manager;
    private final Directory directory;
    /** The commit generation the manager last refreshed to (or past), -1 before the first search. */
    private volatile long seenGeneration = -1;
    private final Duration timeout;
    private final StoredArticles stored = new StoredArticles();
    private final FacetCounter facets = new FacetCounter(stored);

    private final int totalCap;
    private final int facetSample;

    private ArticleSearcher(Directory directory, Duration timeout, int totalCap, int facetSample) throws IOException {
        this.directory = directory;
        this.manager = new SearcherManager(directory, null);
        this.timeout = timeout;
        this.totalCap = totalCap;
        this.facetSample = facetSample;
    }

    /** Opens the index of {@code dataDir}; {@link IllegalStateException} when there is none. */
    public static ArticleSearcher open(Path dataDir, Duration timeout) throws IOException {
        return open(dataDir, timeout, TOTAL_CAP, FACET_SAMPLE);
    }

    /** With other bounds on counting (tests reach them with a few articles). */
    static ArticleSearcher open(Path dataDir, Duration timeout, int totalCap, int facetSample) throws IOException {
        Path dir = dataDir.resolve(LuceneArticleIndex.FOLDER);
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IllegalStateException("no index in " + dir);
        }
        return new ArticleSearcher(directory, timeout, totalCap, facetSample);
    }

    /** Runs one search. */
    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        running.acquireUninterruptibly();
        try {
            return withSearcher(searcher -> run(searcher, request, true));
        } finally {
            running.release();
        }
    }

    /** The ids of the top {@code n} hits, with or without the spelling-variant fallbacks (to measure them). */
    List<String> topIds(String query, int n, boolean variants) throws IOException {
        return withSearcher(searcher -> run(searcher, SearchRequest.of(query, n), variants).hits().stream()
                .map(Hit::id).toList());
    }

    /** How many canonical articles match, with or without the spelling-variant fallbacks. */
    int total(String query, boolean variants) throws IOException {
        return withSearcher(searcher -> {
            GroupCounter counter = new GroupCounter();
            searcher.search(query(searcher, SearchRequest.of(query, 1), variants), counter);
            return counter.count();
        });
    }

    /** Gives {@code work} a searcher over the latest commit, limited in time, and releases it after. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        refresh();
        IndexSearcher shared = manager.acquire();
        try {
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
            return work.apply(searcher);
        } finally {
            manager.release(shared);
        }
    }

    /**
     * Opens the latest commit when the index has one newer than the searcher's. The folder's listing tells:
     * every commit writes a {@code segments_N} of a higher generation. Lucene's own check reads and parses the
     * latest commit, the info of every segment, at each search (5 % of a one-word search at a million documents).
     */
    private void refresh() throws IOException {
        long latest = SegmentInfos.getLastCommitGeneration(directory.listAll());
        if (latest != seenGeneration && manager.maybeRefresh()) { // false: another search is refreshing
            seenGeneration = latest;
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

    private SearchResults run(IndexSearcher searcher, SearchRequest request, boolean variants) throws IOException {
        Query query = query(searcher, request, variants);
        Query rewritten = TermLookups.once(searcher, searcher.rewrite(query)); // once, not once per pass below
        List<ScoreDoc> best = page(searcher, rewritten, request);
        List<Hit> hits = hits(searcher, rewritten, best);
        ReaderState state = readerState(searcher);
        Query matching = state.allText() ? TermLookups.once(searcher, MatchingQuery.of(rewritten)) : rewritten;
        GroupCounter counter = new GroupCounter(totalCap);
        searcher.search(matching, counter);
        int stride = sampleStride(counter.estimate(searcher.getIndexReader().maxDoc()), facetSample);
        // facets count canonical articles only: no filter on duplicates is needed beside the query
        Map<String, List<FacetValue>> counts = facets.count(searcher, matching, ArticleFields.FACETS, FACET_VALUES,
                stride);
        return new SearchResults(counter.count(), hits, counts, searcher.timedOut(), counter.complete(), stride == 1);
    }

    /**
     * The documents of the requested page, the best of each canonical group. The best documents are read in
     * a window that leaves room for duplicates (three times the page and twenty more), but first in a
     * narrow one, half as large again as the page: where that already holds enough groups (most searches),
     * its page is the wide window's, since the best n documents are the first n of the best m > n (ties go
     * by document in both), and the top documents cost less to find the fewer are kept (the score to beat
     * rises sooner).
     */
    private static List<ScoreDoc> page(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int needed = request.offset() + request.limit();
        int window = Math.min(MAX_WINDOW, needed * 3 + 20);
        int narrow = Math.min(window, needed + (needed + 1) / 2);
        TopDocs top = top(searcher, query, narrow, request.sort());
        List<ScoreDoc> best = collapse(searcher, top.scoreDocs, request);
        if (best.size() < request.limit() && top.scoreDocs.length == narrow && narrow < window) {
            best = collapse(searcher, top(searcher, query, window, request.sort()).scoreDocs, request);
        }
        return best;
    }

    /**
     * The best {@code n} documents. Lucene counts the first 1,000 matches exactly before it skips
     * documents that cannot enter the top (its default, for the total it reports); the total here comes
     * from {@link GroupCounter}, so skipping starts as soon as the top {@code n} is full. The same top
     * documents in the same order: only documents that could not enter it are skipped.
     */
    private static TopDocs top(IndexSearcher searcher, Query query, int n, SearchRequest.Sort sort) throws IOException {
        if (sort == SearchRequest.Sort.DATE) {
            TopFieldDocs docs = searcher.search(query,
                    new TopFieldCollectorManager(StoredArticles.BY_DATE_DESC.rewrite(searcher), n, null, n));
            TopFieldCollector.populateScores(docs.scoreDocs, searcher, query);
            return docs;
        }
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
    }

    /**
     * What the searches of one index reader share: whether the passes that need no score (the count, the
     * facets) can match on {@code all_text} (the whole index has it, {@link MatchingQuery}; else they run
     * the query itself). Found at the first search of a reader.
     */
    private ReaderState readerState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ReaderState known = readerState;
        if (known == null || known.reader() != reader) {
            known = new ReaderState(reader, MatchingQuery.indexed(reader));
            readerState = known;
        }
        return known;
    }

    private record ReaderState(IndexReader reader, boolean allText) {
    }

    private volatile ReaderState readerState;

    /** 1 (count every match) up to {@code sample} matches; beyond, the stride that samples about that many. */
    static int sampleStride(long matches, int sample) {
        return (int) Math.max(1, (matches + sample - 1) / sample);
    }

    /** The user's query with the request's filters; an empty query matches every article. */
    Query query(IndexSearcher searcher, SearchRequest request, boolean variants) {
        Query text = request.query().isEmpty() ? new MatchAllDocsQuery()
                : new ArticleQueryParser(searcher.getIndexReader(), variants).parseQuery(request.query());
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
            groups.putIfAbsent(DocKeys.get(searcher, ArticleFields.GROUP, sd.doc), sd);
        }
        return groups.values().stream().skip(request.offset()).limit(request.limit()).toList();
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, List<ScoreDoc> best) throws IOException {
        int[] ids = best.stream().mapToInt(sd -> sd.doc).toArray();
        Map<Integer, Document> docs = new java.util.HashMap<>();
        org.apache.lucene.index.StoredFields storedFields = searcher.storedFields();
        for (int id : ids) {
            docs.put(id, storedFields.document(id, LOADED_FIELDS));
        }
        Snippet[] snippets = snippets(searcher, query, ids, docs);
        Set<String> variants = VariantMarks.skeletons(query);
        String[] groups = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Document matched = docs.get(ids[i]);
            groups[i] = matched.get(ArticleFields.DUPLICATE_OF) != null ? matched.get(ArticleFields.DUPLICATE_OF)
                    : matched.get(ArticleFields.ID);
        }
        Map<String, List<Integer>> copiesByGroup = copies(searcher, List.of(groups), MAX_COPIES);
        List<Hit> hits = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            Document matched = docs.get(ids[i]);
            String group = groups[i];
            Document shown = matched;
            if (!group.equals(matched.get(ArticleFields.ID))) {
                TopDocs canonical = searcher.search(new TermQuery(new Term(ArticleFields.ID, group)), 1);
                if (canonical.scoreDocs.length > 0) { // else the canonical copy is not (yet) in the index
                    shown = searcher.storedFields().document(canonical.scoreDocs[0].doc, HIT_FIELDS);
                }
            }
            Snippet snippet = snippets[i] != null ? snippets[i] : summary(searcher, ids[i], matched, variants);
            List<Integer> copies = copiesByGroup.get(group);
            Set<String> outlets = new LinkedHashSet<>();
            List<String> copyIds = new ArrayList<>();
            copyIds.add(group);
            for (int c : copies) {
                String outlet = DocKeys.get(searcher, ArticleFields.OUTLET, c);
                if (outlet != null) {
                    outlets.add(outlet);
                }
                String copyId = DocKeys.get(searcher, ArticleFields.ID, c);
                if (!group.equals(copyId)) {
                    copyIds.add(copyId);
                }
            }
            String headline = shown.get(ArticleFields.HEADLINE);
            hits.add(new Hit(group, cut(headline == null ? "" : headline, MAX_HEADLINE), shown.get(ArticleFields.OUTLET),
                    shown.get(ArticleFields.DATE), shown.get(ArticleFields.STORY), scoreOf(best.get(i)), snippet.text(),
                    snippet.highlights(), Math.max(1, copies.size()), List.copyOf(outlets), copyIds));
        }
        return hits;
    }

    /**
     * The documents of {@code group} (the canonical article and its duplicates) in index order, at most
     * {@code max}: read from the postings of the group term, as a term query would find them (its scores
     * are all equal, so it ranks them in index order too) without scoring and collecting them.
     */
    static List<Integer> copies(IndexSearcher searcher, String group, int max) throws IOException {
        return copies(searcher, List.of(group), max).get(group);
    }

    /**
     * {@link #copies(IndexSearcher, String, int)} of each of {@code groups}, looked up together: one term
     * dictionary enumeration per segment for all of them, in term order, instead of one per group and
     * segment (a page of ten hits over 21 segments built 210, a tenth of a one-word search).
     */
    static Map<String, List<Integer>> copies(IndexSearcher searcher, List<String> groups, int max) throws IOException {
        Map<String, List<Integer>> out = new java.util.HashMap<>();
        List<BytesRef> terms = new ArrayList<>();
        for (String group : groups) {
            if (out.putIfAbsent(group, new ArrayList<>()) == null) {
                terms.add(new BytesRef(group));
            }
        }
        terms.sort(null);
        PostingsEnum docs = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms field = leaf.reader().terms(ArticleFields.GROUP);
            TermsEnum te = field == null ? null : field.iterator();
            if (te == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (BytesRef term : terms) {
                List<Integer> found = out.get(term.utf8ToString());
                if (found.size() == max || !te.seekExact(term)) {
                    continue;
                }
                docs = te.postings(docs, PostingsEnum.NONE);
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && found.size() < max; d = docs.nextDoc()) {
                    if (live == null || live.get(d)) {
                        found.add(leaf.docBase + d);
                    }
                }
            }
        }
        return out;
    }

    /**
     * For each doc, the passage of the first snippet field (body, lede, headline, captions) with a match,
     * or null. Field by field, each only for the docs still without one: most hits match in the body,
     * and highlighting a field costs a pass of the query over it for every doc asked.
     */
    private static Snippet[] snippets(IndexSearcher searcher, Query query, int[] docs, Map<Integer, Document> loaded)
            throws IOException {
        Snippet[] out = new Snippet[docs.length];
        SnippetHighlighter highlighter = new SnippetHighlighter(searcher, loaded);
        for (String field : ArticleFields.SNIPPET_FIELDS) {
            int[] open = java.util.stream.IntStream.range(0, docs.length).filter(i -> out[i] == null).toArray();
            if (open.length == 0) {
                break;
            }
            int[] openDocs = java.util.Arrays.stream(open).map(i -> docs[i]).toArray();
            Object[] found = highlighter.snippets(new String[] {field}, FieldMatchQuery.of(query, field), openDocs)
                    .get(field);
            for (int j = 0; j < open.length; j++) {
                if (found[j] instanceof Snippet snippet && !snippet.text().isEmpty()) {
                    out[open[j]] = snippet;
                }
            }
        }
        return out;
    }

    /**
     * The snippet of a hit whose match is not in its text as written (found through an entity id or a
     * skeleton): the start of the lede, else of the body, with the words that matched as spelling
     * variants marked ({@link VariantMarks}); when the lede has none and the body has, the body's passage
     * that shows the first of them.
     */
    private static Snippet summary(IndexSearcher searcher, int doc, Document article, Set<String> variants)
            throws IOException {
        String lede = article.get(ArticleFields.LEDE);
        Snippet start = lede == null || lede.isBlank() ? Snippet.EMPTY : VariantMarks.mark(cut(lede, SUMMARY_CHARS), variants);
        if (!start.text().isEmpty() && (variants.isEmpty() || !start.highlights().isEmpty())) {
            return start;
        }
        String body = searcher.storedFields().document(doc, Set.of(ArticleFields.BODY)).get(ArticleFields.BODY);
        if (body == null) {
            return start;
        }
        int at = VariantMarks.passageStart(body, variants, SUMMARY_CHARS);
        if (at < 0) {
            return start.text().isEmpty() ? VariantMarks.mark(cut(body, SUMMARY_CHARS), variants) : start;
        }
        return VariantMarks.mark(cut(body.substring(at), SUMMARY_CHARS), variants);
    }

    private static float scoreOf(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    /** {@code s} cut to {@code max} characters (never inside a surrogate pair), with an ellipsis. */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }
}
