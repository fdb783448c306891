package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void splitsAsTheLineBreakPatternDoes() {
        String[] texts = {"", "one line", "a\nb", "a\r\nb", "a\rb", "a\n\rb", "a\r\n\r\nb", "\nleading", "trailing\n",
            "trailing\r\n", "\r", "\n\n", "x\u2028y\u2029z\u0085w\u000Bv\fu", "سطر أول\r\nسطر ثان\n\n", "a\r\r\nb"};
        for (String t : texts) {
            assertThat(Lines.split(t)).as("%s", t.replace("\r", "\\r").replace("\n", "\\n")).containsExactly(t.split("\\R", -1));
        }
    }
}
