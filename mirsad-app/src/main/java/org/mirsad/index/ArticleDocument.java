package org.mirsad.index;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Entity;
import org.mirsad.model.Event;
import org.mirsad.model.Quote;
import org.mirsad.text.ArabicNormalizer;

/** Maps an {@link Article} to its Lucene document (before {@link ArticleFields#facetsConfig()} builds it). */
public final class ArticleDocument {

    /** Analysed, with offsets in the postings so the highlighter need not re-analyse; stored or not. */
    private static final FieldType TEXT = textType(true);
    private static final FieldType TEXT_UNSTORED = textType(false);
    /** {@link ArticleFields#ALL_TEXT}: which documents have a word, nothing more. */
    private static final FieldType ALL_TEXT = allTextType();
    /** What a name's words are split at ({@code String.split} compiled this pattern for every name). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArticleDocument() {
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FieldType allTextType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    /** The document with every field holding its value (what the OpenSearch mapping and the bench read). */
    public static Document of(Article a) {
        return of(a, null);
    }

    /**
     * The document {@link LuceneArticleIndex} adds: the same fields and terms, but {@link ArticleFields#ALL_TEXT}
     * replays the terms the text fields' own analysis produced instead of analysing their text a second
     * time (the same analyzer: a third of all analysis was this copy), and {@link ArticleFields#SKELETON} takes
     * its tokens from the headline's, lede's and body's analysis instead of analysing the full text again
     * ({@link SkeletonTokens}). Its fields' values are read once, by the index writer, in order.
     */
    static Document forIndex(Article a) {
        return of(a, new AllTextTerms());
    }

    private static Document of(Article a, AllTextTerms allText) {
        Document d = new Document();
        keyword(d, ArticleFields.ID, a.id(), true);
        d.add(new SortedDocValuesField(ArticleFields.ID, new BytesRef(a.id())));
        String body = a.bodyText();
        // For the index, the skeleton field's tokens come from the headline's, lede's and body's analysis.
        SkeletonTokens skeleton = allText == null ? null : new SkeletonTokens(a.headline(), a.lede(), body);
        text(d, allText, skeleton, ArticleFields.HEADLINE, a.headline());
        text(d, allText, skeleton, ArticleFields.LEDE, a.lede());
        text(d, allText, skeleton, ArticleFields.BODY, body);
        for (Caption c : a.captions()) {
            text(d, allText, ArticleFields.CAPTIONS, c.text());
        }
        d.add(skeleton == null ? new Field(ArticleFields.SKELETON, a.fullText(), TEXT_UNSTORED)
                : new Field(ArticleFields.SKELETON, skeleton.replay(), TEXT_UNSTORED));
        d.add(new StringField(ArticleFields.ALL_TEXT, ArticleFields.ALL_TEXT_MARK, Field.Store.NO));

        String group = a.duplicateOf() == null ? a.id() : a.duplicateOf();
        keyword(d, ArticleFields.GROUP, group, false);
        d.add(new SortedDocValuesField(ArticleFields.GROUP, new BytesRef(group)));
        keyword(d, ArticleFields.CANONICAL, Boolean.toString(a.duplicateOf() == null), false);
        keyword(d, ArticleFields.DUPLICATE_OF, a.duplicateOf(), true);

        if (present(a.outlet())) {
            keyword(d, ArticleFields.OUTLET, a.outlet(), true);
            d.add(new SortedDocValuesField(ArticleFields.OUTLET, new BytesRef(a.outlet())));
            d.add(new SortedSetDocValuesFacetField(ArticleFields.OUTLET, a.outlet()));
        }
        if (a.date().value() != null) {
            long day = a.date().value().toEpochDay();
            d.add(new LongPoint(ArticleFields.DATE, day));
            d.add(new NumericDocValuesField(ArticleFields.DATE, day));
            d.add(new StoredField(ArticleFields.DATE, a.date().value().toString()));
            String iso = a.date().value().toString();
            keyword(d, ArticleFields.DAY, iso, false);
            keyword(d, ArticleFields.MONTH, iso.substring(0, 7), false);
            d.add(new SortedSetDocValuesFacetField(ArticleFields.DAY, iso));
            d.add(new SortedSetDocValuesFacetField(ArticleFields.MONTH, iso.substring(0, 7)));
        }
        if (present(a.story())) {
            keyword(d, ArticleFields.STORY, a.story(), true);
            d.add(new SortedSetDocValuesFacetField(ArticleFields.STORY, a.story()));
        }
        for (String agency : distinct(a.agencies())) {
            keyword(d, ArticleFields.AGENCY, agency, false);
            d.add(new SortedSetDocValuesFacetField(ArticleFields.AGENCY, agency));
        }
        addEntities(d, allText, a);
        for (Quote q : a.quotes()) {
            text(d, allText, ArticleFields.QUOTES, q.text());
            text(d, allText, ArticleFields.SPEAKER, q.speaker());
            keyword(d, ArticleFields.SPEAKER_ID, q.speakerEntity(), false);
        }
        Set<String> types = new LinkedHashSet<>();
        for (Event e : a.events()) {
            if (present(e.type())) {
                types.add(e.type());
            }
        }
        for (String t : types) {
            keyword(d, ArticleFields.EVENT, t, false);
            d.add(new SortedSetDocValuesFacetField(ArticleFields.EVENT, t));
        }
        if (allText != null) {
            // After every text field: the writer inverts a document's fields in order.
            d.add(new Field(ArticleFields.ALL_TEXT, allText.replay(), ALL_TEXT));
        }
        d.add(new StoredField(ArticleFields.JSON, stored(a)));
        return d;
    }

    /**
     * The stored form: the {@code extract} JSON, plus {@code blocks} (paragraphs and subheads in reading order,
     * which the extract form lists apart) when the article has subheads, so a page can show it as written.
     * Without subheads the blocks are the paragraphs in order, which {@link #readStored} gives back: stored
     * again they were a third copy of the body (the body field, the paragraphs) to write and compress.
     * Written straight from the article, not through a tree of it (what the tree gave, byte for byte: the
     * article's fields, then {@code blocks} last), which cost as much again as writing the JSON.
     */
    static String stored(Article a) {
        String article = Json.line(a);
        if (!hasSubheads(a)) {
            return article;
        }
        StringWriter out = new StringWriter(2 * article.length() + 16);
        // The article's object without its closing brace: it always has fields (an id at least).
        out.write(article, 0, article.lastIndexOf('}'));
        out.write(",\"blocks\":");
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (Block b : a.blocks()) {
                g.writeStartObject();
                g.writeStringField("kind", b.kind().name());
                g.writeStringField("text", b.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('}');
        return out.toString();
    }

    private static boolean hasSubheads(Article a) {
        for (Block b : a.blocks()) {
            if (b.kind() == Block.Kind.SUBHEAD) {
                return true;
            }
        }
        return false;
    }

    /**
     * An article's stored JSON ({@link ArticleFields#JSON}) as the pages and the API show it: with its
     * {@code blocks}, added last from the paragraphs when the JSON has none and no subheads (what
     * {@link #stored} leaves out); an index written before keeps its blocks as stored.
     */
    public static JsonNode readStored(String json) throws JsonProcessingException {
        JsonNode node = Json.mapper().readTree(json);
        if (node instanceof ObjectNode o && !o.has(BLOCKS) && o.path("subheads").isEmpty()) {
            ArrayNode blocks = o.putArray(BLOCKS);
            for (JsonNode p : o.path("paragraphs")) {
                blocks.addObject().put("kind", Block.Kind.PARAGRAPH.name()).put("text", p.asText());
            }
        }
        return node;
    }

    private static final String BLOCKS = "blocks";

    private static void addEntities(Document d, AllTextTerms allText, Article a) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            if (!present(e.id())) {
                continue;
            }
            ids.add(e.id());
            Set<String> names = new LinkedHashSet<>(e.mentions());
            if (present(e.canonical())) {
                names.add(e.canonical());
            }
            for (String name : names) {
                text(d, allText, ArticleFields.ENTITY_NAMES, name);
                String n = ArabicNormalizer.normalize(name).strip().toLowerCase(java.util.Locale.ROOT);
                keys.add(n + ArticleFields.KEY_SEPARATOR + e.id());
                for (String word : SPACES.split(n)) {
                    keys.add(word + ArticleFields.KEY_SEPARATOR + e.id());
                }
            }
        }
        for (String id : ids) {
            keyword(d, ArticleFields.ENTITY, id, false);
            d.add(new SortedSetDocValuesFacetField(ArticleFields.ENTITY, id));
        }
        keys.forEach(k -> keyword(d, ArticleFields.ENTITY_KEY, k, false));
    }

    private static Set<String> distinct(Iterable<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (present(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static void text(Document d, AllTextTerms allText, String field, String value) {
        text(d, allText, null, field, value);
    }

    private static void text(Document d, AllTextTerms allText, SkeletonTokens skeleton, String field, String value) {
        if (present(value)) {
            // Stored only where search reads the text back (hits and snippets); quotes, speakers and entity
            // names are in the stored JSON for pages, and stored again were read by nothing.
            FieldType type = ArticleFields.SNIPPET_FIELDS.contains(field) ? TEXT : TEXT_UNSTORED;
            if (!ArticleFields.TEXT_FIELDS.contains(field)) {
                d.add(new Field(field, value, type));
            } else if (allText == null) {
                d.add(new Field(field, value, type));
                d.add(new Field(ArticleFields.ALL_TEXT, value, ALL_TEXT));
            } else {
                d.add(new AllTextTerms.CollectedField(field, value, type, allText, skeleton));
            }
        }
    }

    private static void keyword(Document d, String field, String value, boolean stored) {
        if (present(value)) {
            d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
