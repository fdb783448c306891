package org.mirsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mirsad.index.ArticleFields;

class IndexMappingTest {

    @Test
    void mapsEveryFieldTheSearcherUses() {
        assertThat(IndexMapping.fields()).containsAll(ArticleFields.DEFAULT_FIELDS).containsAll(ArticleFields.FACETS)
                .containsAll(ArticleFields.SNIPPET_FIELDS)
                .contains(ArticleFields.ID, ArticleFields.GROUP, ArticleFields.CANONICAL, ArticleFields.DATE);
    }

    @Test
    void skeletonIsCopiedNotSent() {
        assertThat(IndexMapping.copied()).containsExactly(ArticleFields.SKELETON);
    }

    @Test
    void foldsPersianLettersAndBothDigitSetsInItsCharFilter() {
        String mappings = IndexMapping.definition().path("settings").path("analysis").path("char_filter")
                .path("mirsad_letters").path("mappings").toString();
        assertThat(mappings).contains("\u06A9=>\u0643", "\u06CC=>\u064A", "\u06D5=>\u0647", "\u0663=>3", "\u06F7=>7");
    }
}
