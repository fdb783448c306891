package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mirsad.outlets.OutletDetector;
import org.mirsad.resources.TsvResource;
import org.mirsad.segment.BoilerplateTable;

class PatternGateTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void anUnanchoredPatternNeedsALiteralOfOneOfItsAlternatives() {
        PatternGate rights = PatternGate.of("(جميع|كل) الحقوق محفوظه", CI, false);
        assertThat(rights.mayMatch("نص عن الحقوق المحفوظه")).isFalse();
        assertThat(rights.mayMatch("كل الحقوق محفوظه لنا")).isTrue();
        assertThat(rights.mayMatch("بعض الحقوق محفوظه")).isTrue(); // the literal is there; the pattern decides

        PatternGate byline = PatternGate.of("عين اليوم\\s*[–-]|[–-]\\s*عين اليوم", 0, false);
        assertThat(byline.mayMatch("خبر من عين اليوم")).isTrue();
        assertThat(byline.mayMatch("خبر من عين الخليج")).isFalse();

        PatternGate mail = PatternGate.of("@alriyadh\\.(net|com)", 0, false);
        assertThat(mail.mayMatch("x@alriyadh.net")).isTrue();
        assertThat(mail.mayMatch("x@alriyadhxnet")).isFalse();
    }

    @Test
    void anAnchoredPatternNeedsOneOfItsOpeningChars() {
        PatternGate readAlso = PatternGate.of("^(ا|و)?قرا (ايضا|كذلك)\\s*:?\\s*$", CI, true);
        assertThat(readAlso.mayMatch("اقرا ايضا")).isTrue();
        assertThat(readAlso.mayMatch("قرا ايضا")).isTrue();
        assertThat(readAlso.mayMatch("وقرا كذلك:")).isTrue();
        assertThat(readAlso.mayMatch("نص")).isFalse();
        assertThat(readAlso.mayMatch("")).isFalse();

        PatternGate tags = PatternGate.of("^tags\\s*:", CI, true);
        assertThat(tags.mayMatch("Tags:")).isTrue();
        assertThat(tags.mayMatch("tags:")).isTrue();
        assertThat(tags.mayMatch("x tags:")).isFalse();
        assertThat(tags.mayMatch("\u017Fx")).isTrue(); // a non-ASCII char with a case goes to the pattern
    }

    @Test
    void staysOpenWhereItCannotRead() {
        for (String regex : new String[] {"^\\d{5,6} - x", "^\\s+•", "^[ab]c", "^.x", "^(?i)abc", "(?<=a)b", "a*", "^(a)?",
                "[ab]+", "x|\\d+", "(?=x)y"}) {
            PatternGate gate = PatternGate.of(regex, 0, LinePattern.anchoredAtStart(regex));
            assertThat(gate.mayMatch("zzz")).as(regex).isTrue();
        }
        assertThat(PatternGate.of("abc", Pattern.COMMENTS, false).mayMatch("zzz")).isTrue();
        assertThat(PatternGate.of("ABC", CI, false).mayMatch("zzz")).isTrue(); // letters with a case are no literal
    }

    /**
     * The gate never turns away a line the pattern is found in: every pattern the segmenter's and the
     * outlet signatures' tables ship, and a few more, over lines put together from their own words and
     * chars, so that many of them match.
     */
    @Test
    void neverTurnsAwayALineThePatternIsFoundIn() {
        List<String[]> patterns = new ArrayList<>();
        for (String row : TsvResource.lines(BoilerplateTable.class, "boilerplate.tsv")) {
            String[] cols = row.split("\t");
            if (cols[1].equals("regex")) {
                patterns.add(new String[] {cols[2], "ci"});
            }
        }
        for (String[] row : TsvResource.rows(OutletDetector.class, "signatures.tsv")) {
            if (row[1].equals("regex")) {
                patterns.add(new String[] {row[2], ""});
            }
        }
        assertThat(patterns).hasSizeGreaterThan(15);
        patterns.add(new String[] {"^(ab|c)?d+e", "ci"});
        patterns.add(new String[] {"^x{0,2}(y|$)z", ""});
        patterns.add(new String[] {"(a|b)c\\.d|e(f)g", "ci"});
        Set<String> pieces = new LinkedHashSet<>();
        for (String[] p : patterns) {
            for (String w : p[0].split("[^\\p{L}\\p{N}@.:•©–ـ-]+")) {
                if (!w.isEmpty()) {
                    pieces.add(w);
                    pieces.add(w.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        for (String s : new String[] {" ", "  ", "\t", ":", "-", " - ", "@", ".", "x", "12345", "(c)", "©", "•", "\u017F"}) {
            pieces.add(s);
        }
        List<String> alphabet = List.copyOf(pieces);
        Random random = new Random(7);
        int matched = 0;
        for (String[] p : patterns) {
            int flags = p[1].isEmpty() ? 0 : CI;
            Pattern pattern = Pattern.compile(p[0], flags);
            PatternGate gate = PatternGate.of(p[0], flags, LinePattern.anchoredAtStart(p[0]));
            for (int n = 0; n < 20_000; n++) {
                StringBuilder line = new StringBuilder();
                for (int k = random.nextInt(6); k >= 0; k--) {
                    line.append(alphabet.get(random.nextInt(alphabet.size())));
                    if (random.nextInt(3) == 0) {
                        line.append(' ');
                    }
                }
                String s = line.toString();
                if (pattern.matcher(s).find()) {
                    matched++;
                    assertThat(gate.mayMatch(s)).as(p[0] + " on «" + s + "»").isTrue();
                }
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }
}
