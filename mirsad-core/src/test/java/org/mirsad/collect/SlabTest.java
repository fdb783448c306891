package org.mirsad.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlabTest {

    @TempDir
    Path dir;

    @Test
    void keepsWhatItHoldsWhenItGrowsOnTheHeap() {
        try (Slab slab = new Slab(Spill.HEAP, "t", 8)) {
            for (int i = 0; i < 10_000; i++) {
                slab.reserve((i + 1) * 8L);
                slab.putLong(i * 8L, i * 31L - 5);
            }
            assertThat(slab.mapped()).isFalse();
            assertThat(slab.heapBytes()).isGreaterThanOrEqualTo(80_000);
            for (int i = 0; i < 10_000; i++) {
                assertThat(slab.getLong(i * 8L)).isEqualTo(i * 31L - 5);
            }
        }
    }

    @Test
    void movesToAMappedFileWithItsContentAndLeavesNoFileBehind() throws IOException {
        try (Slab slab = new Slab(new Spill(dir, 1024), "t", 16)) {
            for (int i = 0; i < 100_000; i++) {
                slab.reserve((i + 1) * 4L);
                slab.putInt(i * 4L, i ^ 0x5a5a);
            }
            assertThat(slab.mapped()).isTrue();
            assertThat(slab.heapBytes()).isZero();
            assertThat(slab.getShort(400_000L)).isZero(); // new bytes are zero
            for (int i = 0; i < 100_000; i++) {
                assertThat(slab.getInt(i * 4L)).isEqualTo(i ^ 0x5a5a);
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).isEmpty(); // deleted as soon as open: nothing left after a crash
            }
        }
    }

    @Test
    void reachesPastOneChunk() {
        try (Slab slab = new Slab(new Spill(dir, 0), "t", 8)) {
            long far = Slab.CHUNK + 16L;
            slab.reserve(far + 8);
            slab.putLong(far, 42);
            slab.putShort(Slab.CHUNK - 2L, (short) -7);
            assertThat(slab.getLong(far)).isEqualTo(42);
            assertThat(slab.getShort(Slab.CHUNK - 2L)).isEqualTo((short) -7);
            assertThat(slab.getLong(0)).isZero();
        }
    }
}
