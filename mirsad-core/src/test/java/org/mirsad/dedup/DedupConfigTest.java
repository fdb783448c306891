package org.mirsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DedupConfigTest {

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', value = {
            "0|128|32|0.7|0.95|0.5|shingleSize must be 1..16, was 0",
            "5|0|1|0.7|0.95|0.5|hashes must be 1..1024, was 0",
            "5|128|30|0.7|0.95|0.5|bands must divide hashes (128), was 30",
            "5|128|32|0|0.95|0.5|threshold must be in (0, 1], was 0.0",
            "5|128|32|1.5|0.95|0.5|threshold must be in (0, 1], was 1.5",
            "5|128|32|0.7|0|0.5|containment must be above 0 (above 1 turns it off), was 0.0",
            "5|128|32|0.7|0.95|2|minLengthRatio must be in [0, 1], was 2.0"})
    void rejectsBadValuesNamingThem(int shingle, int hashes, int bands, double t, double c, double r, String message) {
        assertThatThrownBy(() -> new DedupConfig(shingle, hashes, bands, t, c, r))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void defaultHasFourRowsPerBand() {
        assertThat(DedupConfig.DEFAULT.rows()).isEqualTo(4);
    }
}
