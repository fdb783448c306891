package org.mirsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextHashTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void matchingFormIsTheRegexCollapseThenStrip() {
        // Regex \s, other Unicode spaces (strip removes them at the ends only), a no-break space (neither), letters.
        String alphabet = " \t\n\u000B\f\r\u2003\u3000\u001C\u00A0\u200Fأبت x";
        Random random = new Random(11);
        int changed = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            String expected = SPACES.matcher(text).replaceAll(" ").strip();
            assertThat(TextHash.matching(text)).as("[%s]", text).isEqualTo(expected);
            changed += expected.equals(text) ? 0 : 1;
        }
        assertThat(changed).isPositive();
        assertThat(TextHash.matching("  قال\t\t الوزير \r\n")).isEqualTo("قال الوزير");
    }
}
