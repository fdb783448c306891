package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.store.Fixtures;

class ArticleDocumentTest {

    /** What the stored JSON was written as before it was written straight: the article's tree, blocks added. */
    private static String throughTree(Article a) {
        ObjectNode node = Json.mapper().valueToTree(a);
        ArrayNode blocks = node.putArray("blocks");
        for (Block b : a.blocks()) {
            blocks.addObject().put("kind", b.kind().name()).put("text", b.text());
        }
        return Json.line(node);
    }

    @Test
    void theStoredJsonIsTheArticlesFieldsThenItsBlocksWhenItHasSubheads() throws Exception {
        Article annotated = Fixtures.annotated();
        // characters JSON escapes, in the headline and in a block; a subhead; no block at all
        Article escaped = Fixtures.article("p/x", "\"قمة\" \\ الرياض\t\u0001", "سطر\nآخر «اقتباس» \u2028", "}")
                .withId("x");
        Article subhead = new Article("s", annotated.source(), "عنوان", null,
                List.of(Block.subhead("عنوان فرعي"), Block.paragraph("فقرة.")), null, null, null, null, null, null,
                null, null, null, null);
        Article empty = Fixtures.article("p/e", "عنوان فقط").withId("e");
        for (Article a : List.of(annotated, escaped, subhead, empty)) {
            String stored = ArticleDocument.stored(a);
            // without subheads, the blocks are the paragraphs: left out, and given back when read
            assertThat(stored).as(a.id()).isEqualTo(a.subheads().isEmpty() ? Json.line(a) : throughTree(a));
            assertThat(Json.line(ArticleDocument.readStored(stored))).as(a.id()).isEqualTo(throughTree(a));
            // an index written before stored the blocks of every article: read as they are
            assertThat(Json.line(ArticleDocument.readStored(throughTree(a)))).as(a.id()).isEqualTo(throughTree(a));
        }
        assertThat(ArticleDocument.stored(subhead))
                .endsWith(",\"blocks\":[{\"kind\":\"SUBHEAD\",\"text\":\"عنوان فرعي\"},{\"kind\":\"PARAGRAPH\",\"text\":\"فقرة.\"}]}");
        assertThat(ArticleDocument.readStored(ArticleDocument.stored(empty)).path("blocks").isArray()).isTrue();
        // subheads and no blocks at all (nothing Mirsad writes): no blocks made up, the page orders them itself
        String noBlocks = Json.line(subhead);
        assertThat(Json.line(ArticleDocument.readStored(noBlocks))).isEqualTo(noBlocks);
    }

    @Test
    void onlyTheTextSearchReadsBackIsStored() {
        Article a = Fixtures.annotated();
        assertThat(a.quotes()).isNotEmpty();
        assertThat(a.entities()).isNotEmpty();
        for (Document d : List.of(ArticleDocument.of(a), ArticleDocument.forIndex(a))) {
            Set<String> stored = new TreeSet<>();
            Set<String> text = new TreeSet<>();
            for (IndexableField f : d) {
                if (f.fieldType().stored()) {
                    stored.add(f.name());
                }
                if (f.fieldType().tokenized()) {
                    text.add(f.name());
                }
            }
            assertThat(text).contains(ArticleFields.HEADLINE, ArticleFields.BODY, ArticleFields.QUOTES,
                    ArticleFields.SPEAKER, ArticleFields.ENTITY_NAMES);
            assertThat(stored).contains(ArticleFields.ID, ArticleFields.HEADLINE, ArticleFields.BODY, ArticleFields.JSON)
                    .doesNotContain(ArticleFields.QUOTES, ArticleFields.SPEAKER, ArticleFields.ENTITY_NAMES,
                            ArticleFields.SKELETON, ArticleFields.ALL_TEXT);
        }
    }
}
