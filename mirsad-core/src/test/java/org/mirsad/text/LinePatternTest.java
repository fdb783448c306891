package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinePatternTest {

    @Test
    void tellsPatternsThatOnlyMatchAtTheStart() {
        assertThat(LinePattern.anchoredAtStart("^(a|b)\\s*:")).isTrue();
        assertThat(LinePattern.anchoredAtStart("^tags\\s*:")).isTrue();
        assertThat(LinePattern.anchoredAtStart("^[|a]x")).isTrue();
        assertThat(LinePattern.anchoredAtStart("^a|b")).isFalse();
        assertThat(LinePattern.anchoredAtStart("^a\\|b")).isTrue();
        assertThat(LinePattern.anchoredAtStart("(a|b) c")).isFalse();
        assertThat(LinePattern.anchoredAtStart("a^")).isFalse();
    }

    @Test
    void anAnchoredPatternLooksAtTheStartAsFindSearches() {
        for (String regex : new String[] {"^(a|b)\\s*:", "^\\s+•\\s+\\S", "^x( y)+$"}) {
            Pattern p = Pattern.compile(regex);
            LinePattern lp = LinePattern.compile(regex);
            assertThat(lp.atStart()).isTrue();
            for (String s : new String[] {"a:", " b :", "zz a:", "  •  q", "x y y", "x y yz", ""}) {
                assertThat(lp.foundIn(s)).as(regex + " on " + s).isEqualTo(p.matcher(s).find());
            }
        }
    }
}
