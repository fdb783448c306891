package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageBytesTest {

    @ParameterizedTest
    @CsvSource({
        "'', 0",
        "41, 1",             // A
        "D8A7, 2",           // ا whole
        "D8A7D8, 2",         // ا then the lead byte of a letter the cut split
        "E2808F, 3",         // RIGHT-TO-LEFT MARK whole
        "41E280, 1",         // A then two bytes of a three-byte character
        "F09F98, 0",         // three bytes of a four-byte emoji
        "D8A780, 3",         // a stray continuation byte stays: that is bad data, not a cut
    })
    void dropsOnlyACharacterTheCutSplit(String hex, int kept) throws IOException {
        byte[] bytes = HexFormat.of().parseHex(hex == null ? "" : hex);
        PageBytes read = PageBytes.read(new ByteArrayInputStream(bytes), ReadOptions.DEFAULTS, true);
        assertThat(read.withoutPartialCharacter().length()).isEqualTo(kept);
    }
}
