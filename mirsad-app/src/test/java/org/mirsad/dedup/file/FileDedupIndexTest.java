package org.mirsad.dedup.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.dedup.DedupConfig;
import org.mirsad.dedup.Fingerprint;
import org.mirsad.dedup.Fingerprinter;
import org.mirsad.dedup.GroupChange;

class FileDedupIndexTest {

    private static final String BODY = "أعلنت الهيئة العامة للطيران المدني، مساء أمس، تشغيل رحلات إضافية بين الرياض والدمام "
            + "خلال إجازة منتصف العام، بعد ارتفاع الطلب على الحجوزات بنسبة كبيرة مقارنة بالعام الماضي، "
            + "وقالت في بيان إن شركات الطيران الثلاث ستضيف نحو مائة رحلة أسبوعياً حتى نهاية الشهر.";
    private static final String OTHER = "افتتح أمير المنطقة الشرقية معرض الكتاب الدولي في الخبر بمشاركة أكثر من "
            + "ثلاثمائة دار نشر من عشرين دولة، ويستمر المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية.";

    @TempDir
    Path dir;

    private final Fingerprinter fp = new Fingerprinter(DedupConfig.DEFAULT);

    private Fingerprint print(String id, String body) {
        return fp.of(id, body, Fingerprint.NO_DATE);
    }

    @Test
    void matchesAnArticleIngestedBeforeARestart() throws IOException {
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            index.add(print("b-first", BODY));
            index.add(print("other", OTHER));
        }
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.add(print("c-later", BODY + " ")).duplicateOf()).isEqualTo("b-first");
            assertThat(index.add(print("a-best", BODY)).change())
                    .contains(new GroupChange("a-best", List.of("b-first")));
        }
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            assertThat(index.canonicalOf("c-later")).isEqualTo("a-best");
            assertThat(index.canonicalOf("other")).isEqualTo("other");
            assertThat(index.droppedOnOpen()).isZero();
        }
    }

    @Test
    void aCorpusPastTheHeapLimitSpillsIntoTheFolderAndComesBackAfterARestart() throws IOException {
        // 5,000 articles: the signatures (1.3 MB) and the band heads (160,000 entries) pass a megabyte
        // each, so those tables go to mapped files in the folder; deleted at once, rebuilt on open.
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            for (int i = 0; i < 5000; i++) {
                index.add(print(String.format("%016x", i), randomBody(i)));
            }
            assertThat(index.add(print("copy-of-42", randomBody(42))).duplicateOf()).isEqualTo(String.format("%016x", 42));
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly(FileDedupIndex.FILE_NAME);
            }
        }
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            assertThat(index.size()).isEqualTo(5001);
            assertThat(index.canonicalOf("copy-of-42")).isEqualTo(String.format("%016x", 42));
            assertThat(index.canonicalOf(String.format("%016x", 43))).isEqualTo(String.format("%016x", 43));
            assertThat(index.add(print("copy-of-4999", randomBody(4999))).duplicateOf())
                    .isEqualTo(String.format("%016x", 4999));
        }
    }

    /** Forty words drawn from 5,000 made-up ones: two such bodies share no 5-word shingle by chance. */
    private static String randomBody(int seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            body.append("كلمة").append(random.nextInt(5000)).append(' ');
        }
        return body.toString();
    }

    @Test
    void writesNothingForKnownIdsOrEmptyBodies() throws IOException {
        Path file = dir.resolve(FileDedupIndex.FILE_NAME);
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            index.add(print("a", BODY));
            index.flush();
            long size = Files.size(file);
            index.add(print("a", BODY));
            index.add(print("empty", " «» "));
            index.flush();
            assertThat(Files.size(file)).isEqualTo(size);
        }
    }

    @Test
    void dropsARecordCutOffByACrash() throws IOException {
        Path file = dir.resolve(FileDedupIndex.FILE_NAME);
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            index.add(print("a", BODY));
            index.add(print("b", OTHER));
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.droppedOnOpen()).isEqualTo(1);
            assertThat(index.add(print("b", OTHER)).duplicateOf()).isNull();
        }
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void aFileOfTheFirstFormatIsUpgradedInPlaceWithItsGroups() throws IOException {
        // Format 1 had no copy hash; such a file (from a data directory made before) is rewritten as
        // format 2 on open, a record cut off at its end dropped as replay drops it.
        Path file = dir.resolve(FileDedupIndex.FILE_NAME);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int whole;
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(0x4D49525341444650L);
            out.writeInt(1);
            out.writeInt(DedupConfig.DEFAULT.shingleSize());
            out.writeInt(DedupConfig.DEFAULT.hashes());
            out.writeInt(DedupConfig.DEFAULT.bands());
            for (Fingerprint f : List.of(print("b-copy", BODY), print("a-first", BODY), print("other", OTHER))) {
                out.writeUTF(f.id());
                out.writeLong(f.exactHash());
                out.writeInt(f.words());
                out.writeInt(f.shingles());
                out.writeInt(f.dateRank());
                for (int k : f.bandKeys()) {
                    out.writeInt(k);
                }
                for (short h : f.sketch()) {
                    out.writeShort(h);
                }
            }
            whole = out.size();
            out.writeUTF("cut-off");
        }
        Files.write(file, bytes.toByteArray());
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            assertThat(index.size()).isEqualTo(3);
            assertThat(index.canonicalOf("b-copy")).isEqualTo("a-first");
            assertThat(index.canonicalOf("other")).isEqualTo("other");
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            in.readLong();
            assertThat(in.readInt()).isEqualTo(2);
        }
        assertThat(Files.size(file)).isEqualTo(whole + 3 * 8);
        assertThat(Files.exists(dir.resolve(FileDedupIndex.FILE_NAME + ".upgrade"))).isFalse();
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            assertThat(index.size()).isEqualTo(3);
            assertThat(index.droppedOnOpen()).isZero();
            assertThat(index.add(print("c-later", BODY)).duplicateOf()).isEqualTo("a-first");
        }
    }

    @Test
    void refusesAFileWrittenWithAnotherShape() throws IOException {
        FileDedupIndex.open(dir, DedupConfig.DEFAULT).close();
        DedupConfig other = DedupConfig.DEFAULT.withShingling(4, 64, 16);
        assertThatThrownBy(() -> FileDedupIndex.open(dir, other)).isInstanceOf(IOException.class)
                .hasMessage(dir.resolve(FileDedupIndex.FILE_NAME) + " was written with shingle size 5, 128 hashes "
                        + "and 32 bands; this run uses 4, 64 and 16 (delete the folder and ingest again to rebuild)");
    }

    @Test
    void refusesAFileThatIsNotAFingerprintFile() throws IOException {
        Files.writeString(dir.resolve(FileDedupIndex.FILE_NAME), "hello, this is not an index");
        assertThatThrownBy(() -> FileDedupIndex.open(dir, DedupConfig.DEFAULT)).isInstanceOf(IOException.class)
                .hasMessage(dir.resolve(FileDedupIndex.FILE_NAME) + ": not a Mirsad fingerprint file");
    }

    @Test
    void aChangedThresholdRegroupsOnOpen() throws IOException {
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT)) {
            index.add(print("a", BODY));
            index.add(print("b", BODY));
        }
        try (FileDedupIndex index = FileDedupIndex.open(dir, DedupConfig.DEFAULT.withThreshold(0.99))) {
            assertThat(index.canonicalOf("b")).isEqualTo("a");
        }
    }
}
