package org.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void splitsAsTheLineBreakPatternDoes() {
        String[] texts = {"", "one line", "a\nb", "a\r\nb", "a\rb", "a\n\rb", "a\r\n\r\nb", "\nleading", "trailing\n",
            "trailing\r\n", "\r", "\n\n", "x\u2028y\u2029z\u0085w\u000Bv\fu", "سطر أول\r\nسطر ثان\n\n", "a\r\r\nb",
            "سطر أول\n\n سطر ثان\nسطر ثالث", "سطر\u2028ثان", "\u00e9t\u00e9\n\u00e0"};
        for (String t : texts) {
            assertThat(Lines.split(t)).as("%s", t.replace("\r", "\\r").replace("\n", "\\n")).containsExactly(t.split("\\R", -1));
        }
    }

    @Test
    void theSameTextTwiceGivesItsLinesInAnArrayOfItsOwn() {
        String page = "العنوان\nالفقرة الأولى\n\nالفقرة الثانية";
        String[] first = Lines.split(page);
        first[0] = "changed";
        String[] second = Lines.split(page);
        assertThat(second).containsExactly("العنوان", "الفقرة الأولى", "", "الفقرة الثانية");
        assertThat(Lines.split(new String(page.toCharArray()))).containsExactly(second);
        assertThat(Lines.split("a\nb")).containsExactly("a", "b");
    }
}
