package org.mirsad.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.mirsad.index.ArabicAnalyzer;
import org.mirsad.index.ArticleDocument;
import org.mirsad.index.ArticleFields;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.PubDate;

/**
 * Grows a search index for scale runs of search, without the pipeline: every article of a data
 * directory's index is written K times into a new index, once as it is and K−1 times as a copy whose
 * ids, duplicate links and story ids are suffixed {@code #copy-k} and whose dates are moved by k weeks,
 * so that days and months grow as a longer corpus's would. Entities keep their
 * ids: a larger corpus names the same people more often. Copies keep the text, so each article is
 * analysed once and its tokens replayed for every copy: a million-document index in minutes rather
 * than the hours that ingest (or analysis per copy) would take. Only the Lucene index is written;
 * search needs nothing else.
 */
public final class IndexGrower {

    /** Reads the stored article JSON back into an {@link Article} (the blocks are read apart). */
    private static final ObjectMapper READER = Json.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("mirsad-time-read")
                    .addDeserializer(LocalDate.class, new FromString<>(LocalDate::parse))
                    .addDeserializer(DayOfWeek.class, new FromString<>(s -> DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT)))));

    /**
     * @param articles articles read from the source index
     * @param written  documents written (articles × copies)
     * @param seconds  wall-clock time, final commit included
     */
    public record Result(long articles, long written, double seconds) {
    }

    /** Copy k is dated k weeks after the source: fifty copies of a fortnight of news span a year. */
    static final int SHIFT_DAYS = 7;
    /** Documents between commits. */
    static final int COMMIT_EVERY = 50_000;

    private IndexGrower() {
    }

    /** Writes {@code copies} copies of the index of data directory {@code from} into data directory {@code to}. */
    public static Result grow(Path from, Path to, int copies, int threads, Consumer<String> progress)
            throws IOException {
        if (copies < 1 || threads < 1) {
            throw new IllegalArgumentException("copies and threads must be at least 1");
        }
        Path target = to.resolve(LuceneArticleIndex.FOLDER);
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists; grow into a new data directory");
        }
        Files.createDirectories(target);
        long t0 = System.nanoTime();
        try (FSDirectory source = FSDirectory.open(from.resolve(LuceneArticleIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(source);
             FSDirectory dest = FSDirectory.open(target);
             IndexWriter writer = new IndexWriter(dest,
                     new IndexWriterConfig(ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX)).setRAMBufferSizeMB(256)
                             .setMergePolicy(LuceneArticleIndex.mergePolicy()))) { // segments as ingest leaves them
            AtomicLong written = new AtomicLong();
            Analyzer analyzer = ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX);
            FacetsConfig facets = ArticleFields.facetsConfig();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> jobs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int slice = t;
                    jobs.add(pool.submit(() -> {
                        forEachArticle(reader, slice, threads, (record, article) -> {
                            Document base = ArticleDocument.of(article);
                            Map<String, List<Tokens>> tokens = analyse(base, analyzer);
                            for (int k = 0; k < copies; k++) {
                                Document doc = k == 0 ? base : ArticleDocument.of(copy(article, k));
                                writer.addDocument(facets.build(replaying(doc, tokens)));
                                long n = written.incrementAndGet();
                                if (n % COMMIT_EVERY == 0) {
                                    writer.commit(); // a searcher may measure the index while it grows
                                    progress.accept(n + " documents written");
                                }
                            }
                        });
                        return null;
                    }));
                }
                for (Future<?> job : jobs) {
                    job.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io
                        : e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            writer.commit();
            return new Result(reader.numDocs(), written.get(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Work on one source article. */
    @FunctionalInterface
    private interface ArticleWork {
        void accept(long record, Article article) throws IOException;
    }

    /** Every {@code slices}-th live article of the index, from the {@code slice}-th on. */
    private static void forEachArticle(DirectoryReader reader, int slice, int slices, ArticleWork work)
            throws IOException {
        long record = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (record++ % slices != slice) {
                    continue;
                }
                String json = stored.document(doc, Set.of(ArticleFields.JSON)).get(ArticleFields.JSON);
                work.accept(record, article(ArticleDocument.readStored(json)));
            }
        }
    }

    /** The tokens of a document's analysed fields, by field, in the order of the document's fields. */
    static Map<String, List<Tokens>> analyse(Document doc, Analyzer analyzer) throws IOException {
        Map<String, List<Tokens>> out = new HashMap<>();
        for (IndexableField f : doc.getFields()) {
            if (analysed(f)) {
                out.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(Tokens.of(analyzer, f.name(), f.stringValue()));
            }
        }
        return out;
    }

    /** {@code doc} with each analysed field replaced by its stored value and a replay of {@code tokens}. */
    static Document replaying(Document doc, Map<String, List<Tokens>> tokens) {
        Document out = new Document();
        Map<String, Integer> seen = new HashMap<>();
        for (IndexableField f : doc.getFields()) {
            if (!analysed(f)) {
                out.add(f);
                continue;
            }
            int i = seen.merge(f.name(), 1, Integer::sum) - 1;
            if (f.fieldType().stored()) {
                out.add(new StoredField(f.name(), f.stringValue()));
            }
            FieldType indexed = new FieldType(f.fieldType());
            indexed.setStored(false);
            out.add(new Field(f.name(), tokens.get(f.name()).get(i).replay(), indexed));
        }
        return out;
    }

    private static boolean analysed(IndexableField f) {
        return f.fieldType().indexOptions() != IndexOptions.NONE && f.fieldType().tokenized() && f.stringValue() != null;
    }

    /** The analysed tokens of one field value, captured once and replayed for every copy. */
    record Tokens(AttributeSource attributes, List<AttributeSource.State> states, AttributeSource.State end) {

        static Tokens of(Analyzer analyzer, String field, String text) throws IOException {
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                ts.reset();
                List<AttributeSource.State> states = new ArrayList<>();
                while (ts.incrementToken()) {
                    states.add(ts.captureState());
                }
                ts.end();
                return new Tokens(ts.cloneAttributes(), states, ts.captureState());
            }
        }

        TokenStream replay() {
            AttributeSource copy = attributes.cloneAttributes();
            return new TokenStream(copy) {
                private int next;

                @Override
                public boolean incrementToken() {
                    if (next == states.size()) {
                        return false;
                    }
                    restoreState(states.get(next++));
                    return true;
                }

                @Override
                public void end() {
                    restoreState(end);
                }

                @Override
                public void reset() {
                    next = 0;
                }
            };
        }
    }

    /** The article of a stored JSON document (without its provenance, which search does not use). */
    static Article article(JsonNode stored) throws IOException {
        ObjectNode node = stored.deepCopy();
        List<Block> blocks = new ArrayList<>();
        for (JsonNode b : node.path("blocks")) {
            blocks.add(new Block(Block.Kind.valueOf(b.path("kind").asText()), b.path("text").asText()));
        }
        for (String derived : List.of("blocks", "paragraphs", "subheads", "source")) {
            node.remove(derived);
        }
        Article a = READER.treeToValue(node, Article.class);
        return new Article(a.id(), null, a.headline(), a.lede(), blocks, a.captions(), a.outlet(), a.date(),
                a.agencies(), a.entities(), a.quotes(), a.events(), a.duplicateOf(), a.story(), null);
    }

    /** Copy {@code copy} of {@code a} (0: {@code a} itself). */
    static Article copy(Article a, int copy) {
        long shift = (long) copy * SHIFT_DAYS;
        if (copy == 0) {
            return a;
        }
        String suffix = "#copy-" + copy;
        PubDate d = a.date();
        PubDate date = d.value() == null ? d
                : new PubDate(d.value().plusDays(shift), d.value().plusDays(shift).getDayOfWeek(),
                d.evidence(), d.confidence());
        return new Article(a.id() + suffix, null, a.headline(), a.lede(), a.blocks(), a.captions(), a.outlet(), date, a.agencies(),
                a.entities(), a.quotes(), a.events(), a.duplicateOf() == null ? null : a.duplicateOf() + suffix,
                a.story() == null ? null : a.story() + suffix, null);
    }

    private static final class FromString<T> extends JsonDeserializer<T> {
        private final java.util.function.Function<String, T> parse;

        FromString(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return parse.apply(p.getValueAsString());
        }
    }
}
