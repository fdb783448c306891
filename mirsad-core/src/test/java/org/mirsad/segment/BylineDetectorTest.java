package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "الموقع – متابعات                              | true",
        "الرياض - واس                                  | true",
        "سامي الأحمد – الموقع                           | true",
        "جدة ـ الرياضي                                 | true",
        "سامي الأحمد، ليلى حسن – الموقع                  | false",
        "وقال الوزير – في تصريح صحافي – إن الاجتماع انتهى. | false",
        "روسيا - أوكرانيا: جولة جديدة من المحادثات في إسطنبول غداً | false",
        "ارتفاع أسعار النفط                            | false",
        "                                               | false",
    })
    void recognisesBylinesAndDatelines(String line, boolean byline) {
        assertThat(BylineDetector.isByline(line == null ? "" : line)).isEqualTo(byline);
    }
}
