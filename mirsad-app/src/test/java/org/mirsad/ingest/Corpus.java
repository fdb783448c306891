package org.mirsad.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated test pages in the messy style of the seeds: distinct pages, some exact copies of the
 * previous page with diacritics and spacing changed (duplicates), some empty files (rejected).
 */
final class Corpus {

    private static final String[] PLACES = {"بغداد", "دمشق", "بيروت", "عمّان", "القاهرة", "الرياض", "طرابلس"};
    private static final String[] ACTS = {"يبحث", "يناقش", "يستعرض", "يؤكد"};

    private Corpus() {
    }

    /** {@code n} files named page-000.txt …; every 10th repeats the one before, every 50th is empty. */
    static List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < n; i++) {
            String text;
            if (i % 50 == 49) {
                text = "";
            } else if (i % 10 == 9) {
                text = previous.replace("الوزير", "الوزيرُ").replace(" في ", "  في ");
            } else {
                text = page(i);
            }
            Path p = dir.resolve(String.format("page-%03d.txt", i));
            Files.writeString(p, text);
            out.add(p);
            previous = text;
        }
        return out;
    }

    /** Expected outcome counts for {@link #write}: {distinct pages, duplicates, empty files}. */
    static int[] expected(int n) {
        int empty = 0;
        int dup = 0;
        for (int i = 0; i < n; i++) {
            if (i % 50 == 49) {
                empty++;
            } else if (i % 10 == 9) {
                dup++;
            }
        }
        return new int[] {n - empty - dup, dup, empty};
    }

    static String page(int i) {
        String place = PLACES[i % PLACES.length];
        String act = ACTS[i % ACTS.length];
        return "الوزير " + act + " في " + place + " ملف المياه (" + i + ")\n\n"
                + "صورة أرشيفية للاجتماع (أرشيفية - رويترز)\n"
                + "بحث الوزير، اليوم (الثلاثاء)، في " + place + " الملف رقم " + i + " مع نظرائه، وفق بيان رسمي.\n\n"
                + "وقال الوزير إن «الحوار هو الطريق» وإن لجنة فنية ستجتمع الشهر المقبل للمرة " + (i * 7 + 3) + ".\n";
    }
}
