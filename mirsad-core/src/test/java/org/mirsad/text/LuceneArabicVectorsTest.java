package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Arabic normalisation, light-stem and analyzer vector of Lucene's own tests (vendored, see
 * the NOTICE beside them) through this layer: {@link ArabicNormalizer}, {@link LightStemmer} (which
 * is Lucene's stemmer) and {@link IndexTerms}.
 */
class LuceneArabicVectorsTest {

    static Stream<Arguments> normalization() throws IOException {
        return rows("normalization.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    static Stream<Arguments> lightStem() throws IOException {
        return rows("light_stem.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    static Stream<Arguments> analyzer() throws IOException {
        return rows("analyzer.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("normalization")
    void normalizesAsLucene(String rule, String input, String expected) {
        assertThat(ArabicNormalizer.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("lightStem")
    void lightStemsAsLucene(String rule, String input, String expected) {
        assertThat(LightStemmer.stem(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("analyzer")
    void indexesAsLuceneArabicAnalyzer(String input, String expectedTokens) {
        assertThat(String.join("|", IndexTerms.of(input))).isEqualTo(expectedTokens);
    }

    @Test
    void everyVectorIsRead() throws IOException {
        assertThat(rows("normalization.tsv")).hasSize(14);
        assertThat(rows("light_stem.tsv")).hasSize(21);
        assertThat(rows("analyzer.tsv")).hasSize(12);
    }

    private static List<String[]> rows(String name) throws IOException {
        var in = LuceneArabicVectorsTest.class.getResourceAsStream("/org/mirsad/text/lucene/" + name);
        assertThat(in).as(name).isNotNull();
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }
}
