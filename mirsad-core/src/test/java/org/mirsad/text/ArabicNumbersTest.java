package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.SharedData;

class ArabicNumbersTest {

    @Test
    void lexiconLoads() {
        assertThat(ArabicNumbers.lexiconSize()).isGreaterThan(100);
    }

    /** A number can start only at a digit run or at a word this says is a number word (the dates' anchor test relies on it). */
    @Test
    void numberWordsAreTheWordsANumberMayStartAt() {
        for (String w : List.of("خمسة", "وخمسة", "الخامسة", "والعشرين", "عشرين", "الف")) {
            String form = ArabicNormalizer.normalize(w);
            assertThat(ArabicNumbers.isNumberWord(form)).as(w).isTrue();
            assertThat(ArabicNumbers.matchSingle(List.of(form), 0)).as(w).isPresent();
        }
        for (String w : List.of("الوزير", "عام", "و", "2015", "الالف")) {
            String form = ArabicNormalizer.normalize(w);
            assertThat(ArabicNumbers.isNumberWord(form)).as(w).isFalse();
        }
        assertThat(ArabicNumbers.matchSingle(List.of("الوزير"), 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0", "٢٠١٩|2019", "۲۰۰۸|2008", "ثلاثة|3", "ثلاث|3", "أربعة عشر|14", "اثنتا عشرة|12",
            "خمسة وعشرون|25", "خمسة و عشرون|25", "مئة وخمسون|150", "ثلاثمائة وخمسين|350", "ثلاث مائة|300",
            "ألفان|2000", "ثلاثة آلاف|3000", "ثلاثة آلاف وخمسمائة|3500", "مائتان وخمسون ألفا|250000",
            "10 آلاف|10000", "مليونين|2000000", "٣٫٥|3.5", "١٬٠٠٠|1000", "واحد فاصلة خمسة|1.5",
            "ثَلَاثَةٌ|3", "عشرــون|20"})
    void readsCardinals(String text, String expected) {
        assertThat(ArabicNumbers.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"الأول|1", "الأولى|1", "ثالث|3", "الثالثة عشرة|13", "الحادي والعشرين|21",
            "التاسع عشر|19", "العاشر|10", "الخامسة والعشرون|25"})
    void readsOrdinals(String text, long expected) {
        assertThat(ArabicNumbers.parseOrdinal(text)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "hello", "الكرملين", "ثلاثة كتب", "5 و 6", "1/0"})
    void refusesWhatIsNotOneNumber(String text) {
        assertThat(ArabicNumbers.parse(text)).isEmpty();
    }

    @Test
    void cardinalIsNotOrdinal() {
        assertThat(ArabicNumbers.parseOrdinal("ثلاثة")).isEmpty();
    }

    @Test
    void digitNumbersJoinedByAndStayApart() {
        List<String> words = List.of("1988", "و1994");
        assertThat(ArabicNumbers.match(words, 0)).hasValue(new ArabicNumbers.Match(1988, 1, false));
    }

    @Test
    void hourWordStopsBeforeItsMinutes() {
        List<String> words = List.of(ArabicNormalizer.normalize("الحادية عشر وخمس واربعون دقيقة").split(" "));
        assertThat(ArabicNumbers.match(words, 0)).hasValue(new ArabicNumbers.Match(11, 2, true));
        assertThat(ArabicNumbers.match(words, 2)).hasValue(new ArabicNumbers.Match(45, 4, false));
    }

    private static final Pattern NUMERAL = Pattern.compile("NumeralValue \\(?(-?[0-9.]+)\\)?");
    private static final Pattern ORDINAL = Pattern.compile("OrdinalData (\\d+)");

    /** Duckling's Arabic numeral corpus (BSD-3, facebook/duckling @2c226585): at least 95 %. */
    @Test
    void readsDucklingNumeralCorpus() throws IOException {
        assertThat(score("data/dates/numeral_ar.tsv", NUMERAL, ArabicNumbers::parse)).isGreaterThanOrEqualTo(0.95);
    }

    /** Duckling's Arabic ordinal corpus: at least 95 %. */
    @Test
    void readsDucklingOrdinalCorpus() throws IOException {
        assertThat(score("data/dates/ordinal_ar.tsv", ORDINAL, text -> {
            OptionalLong v = ArabicNumbers.parseOrdinal(text);
            return v.isPresent() ? Optional.of(BigDecimal.valueOf(v.getAsLong())) : Optional.empty();
        })).isGreaterThanOrEqualTo(0.95);
    }

    /** The share of corpus lines whose expected value ({@code pattern}'s group 1) {@code parser} gives. */
    private static double score(String relative, Pattern expected, Function<String, Optional<BigDecimal>> parser)
            throws IOException {
        List<String[]> rows = corpus(relative);
        int ok = 0;
        for (String[] r : rows) {
            Matcher m = expected.matcher(r[1]);
            assertThat(m.matches()).as(r[1]).isTrue();
            Optional<BigDecimal> got = parser.apply(r[0]);
            if (got.isPresent() && got.get().compareTo(new BigDecimal(m.group(1))) == 0) {
                ok++;
            } else {
                System.out.println("miss: " + r[0] + " -> " + got.orElse(null) + " (expected " + m.group(1) + ")");
            }
        }
        double score = ok / (double) rows.size();
        System.out.printf("Duckling %s: %d/%d = %.3f%n", relative, ok, rows.size(), score);
        return score;
    }

    static List<String[]> corpus(String relative) throws IOException {
        Path p = SharedData.require(relative);
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .toList();
    }
}
