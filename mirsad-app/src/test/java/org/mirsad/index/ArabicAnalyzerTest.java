package org.mirsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.SharedData;

class ArabicAnalyzerTest {

    static final Analyzer QUERY = new ArabicAnalyzer(ArabicAnalyzer.Side.QUERY, ArabicAnalyzer.Form.STEM);
    static final Analyzer INDEX = new ArabicAnalyzer(ArabicAnalyzer.Side.INDEX, ArabicAnalyzer.Form.STEM);
    static final Analyzer SKELETON = new ArabicAnalyzer(ArabicAnalyzer.Side.QUERY, ArabicAnalyzer.Form.SKELETON);

    static String tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("|", out);
    }

    @ParameterizedTest(name = "query {0} -> {1}")
    @CsvSource(delimiter = '\t', nullValues = "∅", textBlock = """
            کاراباخ	كاراباخ
            كاراباخ	كاراباخ
            الكرملين	كرمل
            والكرملين	كرمل
            للكرملين	كرمل
            بكاراباخ	بكاراباخ
            حلَّ	حل
            تتخوَّف	تتخوف
            تكنولوجيّاً	تكنولوجيا
            روبرـــــت	روبرت
            إقليم	اقليم
            آذار	اذار
            أسلحتهم	اسلحتهم
            مستشفى	مستشف
            ٢٠٠٨ ۲۰۱۹	2008|2019
            في من على	∅
            Putin AFP	putin|afp
            ﻻ	∅
            """)
    void analysesQueryWords(String input, String expected) {
        assertThat(tokens(QUERY, input)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void emptyTextGivesNoTokens() {
        assertThat(tokens(QUERY, "")).isEmpty();
        assertThat(tokens(INDEX, "   \n")).isEmpty();
    }

    @ParameterizedTest(name = "index {0} -> {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            بكاراباخ	بكاراباخ|كاراباخ
            لبوتين	لبوت|بوت
            وبكاراباخ	بكاراباخ|كاراباخ
            بيسكوف	بيسكوف|يسكوف
            كيم	كيم
            بوتين	بوت
            لوزان	لوز
            بحماس	بحماس|حماس
            """)
    void addsProcliticFreeVariantAtIndexTime(String input, String expected) {
        assertThat(tokens(INDEX, input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "skeleton {0} -> {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            بوتين	~بتن
            بوتن	~بتن
            ديميتري	~دمتر
            دميتري	~دمتر
            الكرملين	~كرملن
            كوريا	كوريا
            شي	شي
            """)
    void reducesNamesToSkeletons(String input, String expected) {
        assertThat(tokens(SKELETON, input)).isEqualTo(expected);
    }

    /** Lucene's own ArabicAnalyzer test vectors; our stop list differs, so rows with stop words differ. */
    @Test
    void agreesWithLuceneAnalyzerVectors() throws IOException {
        Path tsv = SharedData.require("data/analysis/analyzer.tsv");
        int rows = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            assertThat(tokens(QUERY, cols[0])).as(cols[0]).isEqualTo(cols[1]);
            rows++;
        }
        assertThat(rows).isGreaterThanOrEqualTo(10);
    }
}
