package org.mirsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.search.Snippet;

class SnippetMarksTest {

    /** Fragments use [ and ] for the highlighter's marks; '|' separates fragments. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            انفصاليو [كاراباخ] يسلمون                 ; انفصاليو كاراباخ يسلمون                 ; 9-16
            [بوتين] و[بوتن]                            ; بوتين وبوتن                             ; 0-5 7-11
            أول [مقطع]|ثاني [مقطع]                     ; أول مقطع … ثاني مقطع                    ; 4-8 16-20
            بلا علامة                                  ; بلا علامة                               ; ""
            []نص                                       ; نص                                      ; ""
            Putin [met] the envoys                     ; Putin met the envoys                    ; 6-9
            """)
    void turnsMarksIntoOffsetsOfPlainText(String marked, String text, String offsets) {
        List<String> fragments = Arrays.stream(marked.split("\\|"))
                .map(f -> f.replace('[', SnippetMarks.START).replace(']', SnippetMarks.END)).toList();
        Snippet s = SnippetMarks.of(fragments);
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.highlights().stream().map(h -> h[0] + "-" + h[1]).toList())
                .containsExactlyElementsOf(offsets.isEmpty() ? List.of() : List.of(offsets.split(" ")));
    }

    @org.junit.jupiter.api.Test
    void emptyFragmentsGiveEmptySnippet() {
        assertThat(SnippetMarks.of(List.of("", " "))).extracting(Snippet::text).isEqualTo("");
    }
}
