package org.mirsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mirsad.dedup.Fixtures.HEADLINE;
import static org.mirsad.dedup.Fixtures.STORY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.collect.Spill;

class InMemoryDedupIndexTest {

    private final Fingerprinter fp = new Fingerprinter(DedupConfig.DEFAULT);
    private final InMemoryDedupIndex index = new InMemoryDedupIndex(DedupConfig.DEFAULT, 1);

    private Placement add(String id, List<String> body, LocalDate date) {
        return index.add(fp.of(date == null ? Fixtures.article(id, HEADLINE, body) : Fixtures.dated(id, body, date)));
    }

    @Test
    void earlierDateWinsOverArrivalAndReportsTheChange() {
        assertThat(add("b-late", STORY, LocalDate.of(2024, 5, 7)).duplicateOf()).isNull();
        Placement p = add("z-early", STORY, LocalDate.of(2024, 5, 5));
        assertThat(p.duplicateOf()).isNull();
        assertThat(p.change()).contains(new GroupChange("z-early", List.of("b-late")));
        assertThat(index.canonicalOf("b-late")).isEqualTo("z-early");
    }

    @Test
    void datedArticleWinsOverUndated() {
        add("a-undated", STORY, null);
        add("b-dated", STORY, LocalDate.of(2024, 5, 7));
        assertThat(index.canonicalOf("a-undated")).isEqualTo("b-dated");
    }

    @Test
    void moreCompleteTextWinsWhenDatesTie() {
        add("a-short", STORY.subList(0, 4), null);
        Placement full = add("b-full", STORY, null);
        assertThat(full.duplicateOf()).isNull();
        assertThat(full.change()).contains(new GroupChange("b-full", List.of("a-short")));
    }

    @Test
    void smallestIdWinsWhenAllElseTies() {
        add("b", STORY, null);
        assertThat(add("a", STORY, null).change()).contains(new GroupChange("a", List.of("b")));
        assertThat(add("c", STORY, null).duplicateOf()).isEqualTo("a");
    }

    @Test
    void theTextNotTheIdDecidesBetweenNearCopiesOfTheSameDateAndLength() {
        // Ids hash the input file's path: read from another folder, the same two texts get ids in the
        // other order, and the group must still elect the same text.
        List<String> edited = new ArrayList<>(STORY);
        edited.set(5, edited.get(5).replace("الماضي", "المنصرم"));
        String first = null;
        for (String[] ids : new String[][] {{"a", "b"}, {"b", "a"}}) {
            InMemoryDedupIndex fresh = new InMemoryDedupIndex(DedupConfig.DEFAULT, 1);
            fresh.add(fp.of(Fixtures.article(ids[0], HEADLINE, STORY)));
            fresh.add(fp.of(Fixtures.article(ids[1], HEADLINE, edited)));
            assertThat(fresh.canonicalOf(ids[1])).as("near copies").isNotNull();
            String canonicalText = fresh.canonicalOf(ids[0]).equals(ids[0]) ? "original" : "edited";
            if (first == null) {
                first = canonicalText;
            }
            assertThat(canonicalText).as("ids %s", String.join(",", ids)).isEqualTo(first);
        }
    }

    @Test
    void articleCloseToTwoGroupsJoinsThemAndNamesBothFormerCanonicals() {
        // Two copies each missing a different half: too little in common with each other to match,
        // while the whole story contains both.
        add("m-first-half", STORY.subList(0, 4), null);
        add("n-second-half", STORY.subList(3, 7), null);
        assertThat(index.canonicalOf("n-second-half")).isEqualTo("n-second-half");
        Placement whole = add("z-whole", STORY, null);
        assertThat(whole.duplicateOf()).isNull();
        assertThat(whole.change()).contains(new GroupChange("z-whole", List.of("m-first-half", "n-second-half")));
        assertThat(index.canonicalOf("m-first-half")).isEqualTo("z-whole");
    }

    @Test
    void addingAnIdAgainChangesNothing() {
        add("a", STORY, null);
        add("b", STORY, null);
        Placement again = add("b", List.of("نص آخر تماماً لا علاقة له بالخبر"), null);
        assertThat(again.duplicateOf()).isEqualTo("a");
        assertThat(again.change()).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void keepsMirsadHexIdsCompactAndOtherIdsAsGiven() {
        add("00ff00ff00ff00ff", STORY, null);
        add("Id-With-Capitals", STORY, null);
        assertThat(index.canonicalOf("Id-With-Capitals")).isEqualTo("00ff00ff00ff00ff");
        assertThat(index.canonicalOf("unknown")).isNull();
    }

    @Test
    void growsPastItsInitialCapacity() {
        for (int i = 0; i < 300; i++) {
            add(String.format("%016x", i), List.of("خبر رقم " + i + " عن موضوع مستقل تماماً", "الفقرة " + (i * 7)), null);
        }
        add("copy-of-7", List.of("خبر رقم 7 عن موضوع مستقل تماماً", "الفقرة 49"), null);
        assertThat(index.canonicalOf("copy-of-7")).isEqualTo(String.format("%016x", 7));
        assertThat(index.size()).isEqualTo(301);
        assertThat(index.bytes()).isPositive();
    }

    @Test
    void spilledToMappedFilesPlacesEveryArticleAsOnTheHeap(@TempDir Path dir) {
        // Synthetic fingerprints: 400 stories, each article a copy with a few signature values and
        // band keys changed, so that bands collide and the similarity test both accepts and refuses.
        Random random = new Random(7);
        DedupConfig config = DedupConfig.DEFAULT;
        List<Fingerprint> all = new ArrayList<>();
        short[][] stories = new short[400][config.hashes()];
        for (short[] s : stories) {
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) random.nextInt();
            }
        }
        for (int n = 0; n < 6000; n++) {
            int story = random.nextInt(stories.length);
            short[] sketch = stories[story].clone();
            int changed = random.nextInt(70);
            for (int k = 0; k < changed; k++) {
                sketch[random.nextInt(sketch.length)] = (short) random.nextInt();
            }
            int[] bands = new int[config.bands()];
            for (int b = 0; b < bands.length; b++) {
                bands[b] = random.nextInt(4) == 0 ? random.nextInt() : story * 31 + b;
            }
            String id = n % 10 == 0 ? "other-" + n : String.format("%016x", random.nextLong());
            all.add(new Fingerprint(id, random.nextInt(20) == 0 ? story : random.nextLong(), random.nextLong(),
                    50 + random.nextInt(200),
                    40 + random.nextInt(200), 16_000 + random.nextInt(30), bands, sketch));
        }
        int duplicates = 0;
        int changes = 0;
        try (InMemoryDedupIndex heap = new InMemoryDedupIndex(config, 1, Spill.HEAP);
             InMemoryDedupIndex spilled = new InMemoryDedupIndex(config, 1, new Spill(dir, 4096))) {
            for (Fingerprint f : all) {
                Placement expected = heap.add(f);
                assertThat(spilled.add(f)).isEqualTo(expected);
                duplicates += expected.duplicateOf() == null ? 0 : 1;
                changes += expected.change().isPresent() ? 1 : 0;
            }
            for (Fingerprint f : all) {
                assertThat(spilled.canonicalOf(f.id())).isEqualTo(heap.canonicalOf(f.id()));
            }
            assertThat(duplicates).isBetween(1000, 5900);
            assertThat(changes).isPositive();
            assertThat(spilled.heapBytes()).isLessThan(heap.heapBytes() / 20);
            assertThat(spilled.bytes()).isEqualTo(heap.bytes());
        }
    }

    @Test
    void rejectsFingerprintOfAnotherShape() {
        Fingerprint small = new Fingerprinter(DedupConfig.DEFAULT.withShingling(5, 64, 16))
                .of("x", "نص قصير", Fingerprint.NO_DATE);
        assertThatThrownBy(() -> index.add(small)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fingerprint of x has 64 hashes and 16 bands; this index takes 128 and 32");
    }
}
