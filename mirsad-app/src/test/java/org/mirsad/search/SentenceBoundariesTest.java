package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The cached iterator answers every move as the JDK's sentence iterator does. */
class SentenceBoundariesTest {

    static final String TEXT = "قال المتحدث إن الاجتماع انتهى. وأضاف: هل من جديد؟ لا شيء بعد!\n\n"
            + "The talks ended. Mr. Smith left at 5 p.m. and said nothing.\nسطر أخير بلا نقطة";

    @Test
    void followingPrecedingNextAndPreviousMatchTheJdk() {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        BreakIterator cached = new SentenceBoundaries(BreakIterator.getSentenceInstance(Locale.ROOT));
        jdk.setText(TEXT);
        cached.setText(TEXT);
        assertThat(cached.first()).isEqualTo(jdk.first());
        for (int b = jdk.next(), c = cached.next(); ; b = jdk.next(), c = cached.next()) {
            assertThat(c).isEqualTo(b);
            if (b == BreakIterator.DONE) {
                break;
            }
        }
        assertThat(cached.last()).isEqualTo(jdk.last());
        assertThat(cached.previous()).isEqualTo(jdk.previous());
        for (int offset = 0; offset <= TEXT.length(); offset++) {
            assertThat(cached.following(offset)).as("following(%d)", offset).isEqualTo(jdk.following(offset));
            assertThat(cached.current()).isEqualTo(jdk.current());
            assertThat(cached.next()).isEqualTo(jdk.next());
            assertThat(cached.preceding(offset)).as("preceding(%d)", offset).isEqualTo(jdk.preceding(offset));
            assertThat(cached.current()).isEqualTo(jdk.current());
            assertThat(cached.previous()).isEqualTo(jdk.previous());
        }
    }
}
