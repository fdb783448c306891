package org.mirsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;

class ArticleSourceTest {

    private static Article article(String id, String duplicateOf, PubDate date) {
        return new Article(id, Provenance.ofFile("x.txt", 1), "انفصاليو کاراباخ يسلّمون أسلحتهم", "", List.of(
                Block.paragraph("الفقرة الأولى"), Block.paragraph("الفقرة الثانية")), List.of(), "Asharq Al-Awsat",
                date, List.of("AFP", "AFP"), List.of(), List.of(), List.of(), duplicateOf, null, null);
    }

    @Test
    void carriesTheEmbeddedIndexFieldsAsStrings() {
        ObjectNode s = ArticleSource.of(article("a2", "a", new PubDate(LocalDate.of(2023, 9, 23), null, "23/9/2023", 1)));
        assertThat(s.path("id").asText()).isEqualTo("a2");
        assertThat(s.path("group").asText()).isEqualTo("a");
        assertThat(s.path("canonical").asText()).isEqualTo("false");
        assertThat(s.path("date").asText()).isEqualTo("2023-09-23");
        assertThat(s.path("month").asText()).isEqualTo("2023-09");
        assertThat(s.path("agency").asText()).isEqualTo("AFP");
        assertThat(s.path("headline").asText()).isEqualTo("انفصاليو کاراباخ يسلّمون أسلحتهم");
        assertThat(s.has("skeleton")).as("filled by copy_to").isFalse();
        assertThat(s.has("json")).isFalse();
    }

    @Test
    void undatedCanonicalArticleHasNoDateFields() {
        ObjectNode s = ArticleSource.of(article("a", null, PubDate.UNKNOWN));
        assertThat(s.path("group").asText()).isEqualTo("a");
        assertThat(s.path("canonical").asText()).isEqualTo("true");
        assertThat(s.has("date")).isFalse();
        assertThat(s.has("day")).isFalse();
    }
}
