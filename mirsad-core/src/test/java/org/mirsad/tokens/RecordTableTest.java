package org.mirsad.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecordTableTest {

    @Test
    void findsAWordByWhereItStandsInAnyText() {
        RecordTable table = new RecordTable(100);
        WordRecord r = table.get("قال الوزير", 4, 10);
        assertThat(r.text()).isEqualTo("الوزير");
        assertThat(r.hash).isEqualTo("الوزير".hashCode());
        assertThat(table.get("الوزير", 0, 6)).isSameAs(r);
        assertThat(table.get("زار الوزير.", 4, 10)).isSameAs(r);
        assertThat(table.get("الوزيرة", 0, 7)).isNotSameAs(r); // a longer word that starts alike
        assertThat(table.get("الوزير", 0, 5).text()).isEqualTo("الوزي");
        // a Latin-1 word in a text of Arabic and the other way round compare by chars
        WordRecord dot = table.get("قال.", 3, 4);
        assertThat(table.get(".", 0, 1)).isSameAs(dot);
        assertThat(table.size()).isEqualTo(4);
    }

    /** Words of every length around the chars a record keeps on itself, told apart by their last char alone. */
    @Test
    void tellsApartWordsThatDifferInTheirLastCharAtAnyLength() {
        RecordTable table = new RecordTable(1000);
        for (int n = 1; n <= WordRecord.PACKED + 6; n++) {
            String stem = "بسملةالكتابة".repeat(2).substring(0, n - 1);
            WordRecord a = table.get("، " + stem + "ا،", 2, 2 + n);
            WordRecord b = table.get(stem + "ب", 0, n);
            assertThat(a.text()).isEqualTo(stem + "ا");
            assertThat(b.text()).isEqualTo(stem + "ب");
            assertThat(b.spells(stem + "ا", 0, n)).isFalse();
            assertThat(a.spells("و" + stem + "ا", 1, n + 1)).isTrue();
            assertThat(table.get(stem + "ا", 0, n)).isSameAs(a);
        }
    }

    @Test
    void keepsTwoGenerationsAndMovesAWordOfThePreviousOneForward() {
        RecordTable table = new RecordTable(3);
        WordRecord kept = table.get("أ", 0, 1);
        table.get("ب", 0, 1);
        table.get("ت", 0, 1); // the first generation is full
        table.get("ث", 0, 1); // the second starts; أ is in the previous one
        assertThat(table.get("أ", 0, 1)).isSameAs(kept); // and now in the current one as well
        table.get("ج", 0, 1); // full again: ث أ ج
        table.get("ح", 0, 1); // they become the previous generation; أ ب ت are dropped
        assertThat(table.get("أ", 0, 1)).isSameAs(kept);
        assertThat(table.size()).isLessThanOrEqualTo(6);
        WordRecord b = table.get("ب", 0, 1); // dropped two turns ago: made again
        assertThat(b.text()).isEqualTo("ب");
    }

    /**
     * Threads that read and insert the same words while the generations turn under them (a generation of 50
     * words, a vocabulary of 400) each get the record of the word they asked for, and within one stretch of
     * questions where no word is dropped, every thread gets the same record for a word.
     */
    @Test
    void threadsThatShareTheTableGetTheRecordOfTheirWord() throws Exception {
        RecordTable table = new RecordTable(50);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            words.add("كلمة" + (char) ('\u0621' + i % 26) + (char) ('\u0621' + i / 26) + " ");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < words.size(); i++) {
                            String w = words.get((i * 7 + seed * 13 + round) % words.size());
                            String text = "في " + w + "أمس";
                            WordRecord r = table.get(text, 3, 3 + w.length() - 1);
                            assertThat(r.text()).isEqualTo(w.substring(0, w.length() - 1));
                            assertThat(r.hash).isEqualTo(r.text().hashCode());
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(200 * 400);
            }
        } finally {
            pool.shutdown();
        }
        // a small vocabulary that fits one generation: after the threads race to insert it, one record a word
        RecordTable small = new RecordTable(1000);
        ExecutorService racers = Executors.newFixedThreadPool(4);
        try {
            List<Future<WordRecord[]>> got = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                got.add(racers.submit(() -> {
                    WordRecord[] out = new WordRecord[words.size()];
                    for (int i = 0; i < words.size(); i++) {
                        out[i] = small.get(words.get(i), 0, words.get(i).length() - 1);
                    }
                    return out;
                }));
            }
            WordRecord[] first = got.get(0).get();
            for (Future<WordRecord[]> f : got) {
                assertThat(f.get()).containsExactly(first);
            }
            assertThat(small.size()).isEqualTo(words.size());
        } finally {
            racers.shutdown();
        }
    }
}
