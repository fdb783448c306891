package org.mirsad.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyMatcherTest {

    private final AgencyMatcher matcher = AgencyMatcher.standard();

    @Test
    void loadsTheTable() {
        List<Agency> table = AgencyMatcher.table();
        assertThat(table).extracting(Agency::name).contains("AFP", "Reuters", "AP", "Sputnik", "TASS", "RIA Novosti",
                "Xinhua", "KCNA", "SPA", "QNA", "MENA", "Anadolu", "WAM", "Petra", "SANA", "IRNA", "Bloomberg", "CCTV",
                "Armenpress", "Arab World Press", "DPA", "EFE", "KUNA", "BNA", "ONA", "NNA");
        assertThat(table).allSatisfy(a -> assertThat(a.spellings().size() + a.creditSpellings().size()).isPositive());
    }

    @Test
    void noSpellingNamesTwoAgencies() {
        Map<String, String> owner = new HashMap<>();
        for (Agency a : AgencyMatcher.table()) {
            for (String s : a.spellings()) {
                String previous = owner.putIfAbsent(AgencyMatcher.regexOf(s), a.name());
                assertThat(previous).as("'%s' of %s", s, a.name()).isIn(null, a.name());
            }
            for (String s : a.creditSpellings()) {
                String previous = owner.putIfAbsent(AgencyMatcher.regexOf(s), a.name());
                assertThat(previous).as("'%s' of %s", s, a.name()).isIn(null, a.name());
            }
        }
    }

    /** Text, then the agencies it cites in order of first mention (';' between them, empty for none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "وفق «وكالة الصحافة الفرنسية»، قال المتحدث| AFP",
            "ونقلت وكالة فرانس برس عن مصدر| AFP",
            "جنود في الميدان (أ ف ب)| AFP",
            "جنود في الميدان (أ.ف.ب)| AFP",
            "قال لوكالة أ ف ب إن الوضع هادئ| AFP",
            "وقال لـ«رويترز» إن المحادثات مستمرة| Reuters",
            "بحسب ما نقلته وكالة «رويترز» للأنباء| Reuters",
            "وأفادت رويترز وبلومبرج بأن| Reuters;Bloomberg",
            "صورة للاجتماع (أرشيفية - رويترز)| Reuters",
            "ذكرت وكالة «أسوشييتد برس»| AP",
            "وأفادت أسوشيتد برس| AP",
            "الجنود خلال التدريب (أ.ب)| AP",
            "وأفادت وكالة «سبوتنيك» الروسية| Sputnik",
            "نقلت وكالة تاس عن الوزير| TASS",
            "ونقلت وكالة ريا نوفوستي| RIA Novosti",
            "ذكرت وكالة أنباء الصين الجديدة (شينخوا)| Xinhua",
            "ونقلت وكالة الأنباء المركزية الكورية الشمالية| KCNA",
            "الرياض - واس: أعلنت الوزارة| SPA",
            "ونقلت وكالة الأنباء السعودية (واس)| SPA",
            "الدوحة (قنا) - أعلنت الوزارة| QNA",
            "القاهرة (أ ش أ) - أعلنت الوزارة| MENA",
            "وقال لـ«الأناضول» إن| Anadolu",
            "ونقلت وكالة الأناضول التركية| Anadolu",
            "أبوظبي (وام) - استقبل الرئيس| WAM",
            "عمان (بترا) - قال الوزير| Petra",
            "دمشق-سانا| SANA",
            "ذكرت وكالة الجمهورية الإسلامية للأنباء (إرنا)| IRNA",
            "قالت بلومبيرغ إن| Bloomberg",
            "قال التلفزيون المركزي الصيني (سي سي تي في)| CCTV",
            "قالت «وكالة الأنباء الأرمينية» إن| Armenpress",
            "ووفق «وكالة أنباء العالم العربي»، قال| Arab World Press",
            "برلين (د ب أ) - قال المستشار| DPA",
            "مدريد (إفي) -| EFE",
            "الكويت (كونا) -| KUNA",
            "المنامة (بنا) -| BNA",
            "مسقط (العمانية) -| ONA",
            "ونقلت الوكالة الوطنية للإعلام| NNA",
            "وذكرت وكالة الأنباء اليمنية أن| Saba",
            "ونقلت وكالة أنباء الأناضول عن| Anadolu",
            "بحسب وكالة الأنباء الإماراتية| WAM",
            "ذكرت وكالة أنباء الشرق الأوسط| MENA",
            "Reuters reported the talks| Reuters",
            "صورة من الموقع (AFP)| AFP",
            "ونقلت وكالةُ الصَّحافةِ الفرنسيّة عن| AFP",
            "وقال لرويترز ولوكالة الصحافة الفرنسية| Reuters;AFP",
            "قال مصدر لوكالة الأنباء السعودية وللأناضول| SPA"})
    void findsAgencies(String text, String expected) {
        assertThat(matcher.find(text)).containsExactlyElementsOf(Arrays.asList(expected.strip().split(";")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "وقالت الوكالة إن الاجتماع انتهى",
            "حرب بالوكالة بين الطرفين",
            "زار الوفد محافظة قنا في صعيد مصر",
            "وأكدت الحكومة العمانية دعمها",
            "عبر القطار هضبة الأناضول",
            "مدينة بترا الأثرية تستقبل السياح",
            "قالت سانا لصديقتها",
            "وكانت الأم تحمل طفلها",
            "أطلق الجيش قمراً صناعياً",
            "The AP test was hard for students",
            "رويترزي",
            "تنتهي المهلة في 8 أغسطس (آب) المقبل",
            "ويبدأ الموسم في آب",
            "وقال واس المدينة القديمة",
            "''"})
    void findsNoAgencyInOrdinaryText(String text) {
        assertThat(matcher.find(text)).isEmpty();
    }

    @Test
    void creditAtTheEndOfALineIsACredit() {
        assertThat(matcher.find("عين اليوم – واس\nأعلنت الوزارة اليوم")).containsExactly("SPA");
        assertThat(matcher.find("الخبر الأول\nقنا\nالخبر الثاني")).containsExactly("QNA");
    }

    @Test
    void nullTextCitesNoAgency() {
        assertThat(matcher.find((String) null)).isEmpty();
    }

    /** The char loop that undoes لل makes what the regular expression it replaced makes, on texts built to hit its edges. */
    @Test
    void lamLamAsTheRegularExpression() {
        java.util.regex.Pattern lamLam = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])([وف]?)لل(?=\\p{L})");
        String[] pieces = {"ل", "لل", "و", "ف", "ا", "ب", " ", "1", "٣", "²", "Ⅻ", "x", "\uD801\uDC00", "\uDC00", "\uD801", "َ", "«", "-"};
        java.util.Random random = new java.util.Random(11);
        int changed = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            String expected = lamLam.matcher(s).replaceAll("$1لال");
            assertThat(AgencyMatcher.lamLam(s)).as("«%s»", s).isEqualTo(expected);
            changed += expected.equals(s) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(10_000);
    }

    /** The per-thread folding the gate reads gives {@link AgencyMatcher#fold}'s form, marks, cased letters and لل included. */
    @Test
    void theFoldedCharsAreTheMatchingForm() {
        String[] pieces = {"ل", "لل", "و", "ف", "أ", "ة", "ى", "َ", "ّ", " ", "A", "É", "ﻻ", "٣", "«", "-", "للأنباء", "الوكالة"};
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            assertThat(AgencyMatcher.folded(s)).as("«%s»", s).isEqualTo(AgencyMatcher.fold(s));
        }
        assertThat(AgencyMatcher.folded("قال للأنباء")).isEqualTo("قال لالانباء");
    }

    /**
     * The gate before the pattern (a whole spelling with no letter after it, clitics and a quote allowed in
     * front) turns away no place the pattern matches: texts made of the table's own spellings, clitics,
     * quotes, words that open like spellings and punctuation give the same mentions with the gate and without.
     */
    @Test
    void theGateKeepsEveryMention() {
        List<String> pieces = new java.util.ArrayList<>();
        for (Agency a : AgencyMatcher.table()) {
            pieces.addAll(a.spellings());
            pieces.addAll(a.creditSpellings());
        }
        pieces.addAll(List.of("و", "ف", "ب", "ل", "ك", "«", "»", "\"", "(", ")", " - ", ".", "،", " ", "  ", "\n", "ال", "ان",
                "الان", "قناة", "واستمر", "تاسع", "1", "x", "وكالة", "للأنباء", "للأناضول"));
        java.util.Random random = new java.util.Random(5);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextInt(2) == 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            List<AgencyMatcher.Mention> all = matcher.mentions(text, false);
            assertThat(matcher.mentions(text, true)).as("«%s»", text).isEqualTo(all);
            found += all.size();
        }
        assertThat(found).isGreaterThan(10_000);
    }
}
