package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
    void theStoredJsonIsTheArticlesFieldsThenItsBlocks() {
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
            assertThat(stored).as(a.id()).isEqualTo(throughTree(a));
        }
        assertThat(ArticleDocument.stored(subhead))
                .endsWith(",\"blocks\":[{\"kind\":\"SUBHEAD\",\"text\":\"عنوان فرعي\"},{\"kind\":\"PARAGRAPH\",\"text\":\"فقرة.\"}]}");
        assertThat(ArticleDocument.stored(empty)).endsWith(",\"blocks\":[]}");
    }
}
