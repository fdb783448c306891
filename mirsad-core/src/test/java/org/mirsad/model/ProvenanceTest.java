package org.mirsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvenanceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0|0|-1|''",
        "1|55|0|-1|''",
        "7|7|7|-1|line 7",
        "2|7|1|-1|record 1, lines 2-7",
        "4|4|3|-1|record 3, line 4",
        "0|0|3|-1|record 3",
        "0|0|4|1234|record 4 at offset 1234",
        "1|30|2|0|record 2 at offset 0",
    })
    void namesThePlaceOfARecord(int from, int to, int record, long offset, String place) {
        assertThat(new Provenance("in.jsonl", from, to, record, offset, null, null).place()).isEqualTo(place);
    }
}
