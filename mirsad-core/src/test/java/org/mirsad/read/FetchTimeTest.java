package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchTimeTest {

    @ParameterizedTest
    @CsvSource({
        "2015-07-21 02:51:32, 2015-07-21T02:51:32Z",
        "2015-07-21T02:51:32, 2015-07-21T02:51:32Z",
        "2015-07-21T05:51:32+03:00, 2015-07-21T02:51:32Z",
        "2015-07-21T02:51:32Z, 2015-07-21T02:51:32Z",
        "2015-07-21, 2015-07-21T00:00:00Z",
        "1437447092, 2015-07-21T02:51:32Z",
        "1437447092000, 2015-07-21T02:51:32Z",
    })
    void parsesCrawlTimes(String text, String instant) {
        assertThat(FetchTime.parse(text)).hasToString(instant);
    }

    @ParameterizedTest
    @CsvSource({"'', ", "أمس, ", "21/07/2015, ", "yesterday, "})
    void isNullForWhatIsNotATime(String text) {
        assertThat(FetchTime.parse(text)).isNull();
    }
}
