package org.mirsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.model.Quote;

class QuoteFinderTest {

    private static final Entity KHATIB = new Entity("E1", "سامر الخطيب", EntityType.PER, List.of("سامر الخطيب", "الخطيب"), null);
    private static final Entity KREMLIN = new Entity("E2", "الكرملين", EntityType.ORG, List.of("الكرملين"), "Kremlin");
    private static final Entity AGENCY = new Entity("E3", "وكالة الأنباء الوطنية", EntityType.ORG,
            List.of("لوكالة الأنباء الوطنية", "وكالة الأنباء الوطنية"), null);
    private static final List<Entity> ENTITIES = List.of(KHATIB, KREMLIN, AGENCY);

    private static List<Quote> quotes(String... paragraphs) {
        return new QuoteFinder(ENTITIES).find(List.of(paragraphs));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال سامر الخطيب للصحافيين: «نحن نرفض هذا القرار تماماً».|سامر الخطيب|نحن نرفض هذا القرار تماماً",
            "«الوضع خطير جداً في المدينة»، قال الخطيب أمس.|سامر الخطيب|الوضع خطير جداً في المدينة",
            "وأعلن الكرملين في بيان: “نرحب بكل المبادرات السلمية الجادة”|الكرملين|نرحب بكل المبادرات السلمية الجادة",
            "وقالت الناطقة باسم الحركة ليلى حداد لوكالة الأنباء الوطنية إنّ «الهدنة صامدة حتى الآن»|ليلى حداد|الهدنة صامدة حتى الآن",
            "وقالَ سامر الخطيب: \"نحنُ هنا باقون في أرضنا\"|سامر الخطيب|نحنُ هنا باقون في أرضنا",
            "قال الخطيب: «لن نقبل بأي تسوية على حساب شعبنا. ولن نتراجع|سامر الخطيب|لن نقبل بأي تسوية على حساب شعبنا. ولن نتراجع"})
    void attributesADirectQuote(String paragraph, String speaker, String text) {
        List<Quote> q = quotes(paragraph);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo(speaker);
        assertThat(q.get(0).text()).isEqualTo(text);
        assertThat(q.get(0).kind()).isEqualTo(Quote.Kind.DIRECT);
    }

    @Test
    void aNameAfterADetachedPrepositionIsTheAddresseeAndAnUnnamedSubjectIsNotThePreviousSpeaker() {
        List<Quote> q = quotes("وقال سامر الخطيب لـ«وكالة الأنباء الوطنية»: «نحن نرفض هذا القرار تماماً»",
                "وقال مصدر مطلع لـ «وكالة الأنباء الوطنية» إن «الاجتماع سيعقد غداً في العاصمة»");
        assertThat(q).extracting(Quote::speaker).containsExactly("سامر الخطيب", "مصدر مطلع");
    }

    @Test
    void linksTheSpeakerEntity() {
        assertThat(quotes("وقال سامر الخطيب: «نحن نرفض هذا القرار تماماً»").get(0).speakerEntity()).isEqualTo("E1");
        assertThat(quotes("وقالت ليلى حداد: «الهدنة صامدة حتى الآن»").get(0).speakerEntity()).isNull();
    }

    @Test
    void anOrganisationNamedAmongThePlainWordsIsTheSpeaker() {
        Entity amnesty = new Entity("E4", "منظمة العفو الدولية", EntityType.ORG, List.of("منظمة العفو الدولية"), null);
        Entity house = new Entity("E5", "البيت الأبيض", EntityType.ORG, List.of("البيت الأبيض"), "White House");
        QuoteFinder finder = new QuoteFinder(List.of(amnesty, house));
        // three plain words stopped short of the name (منظمة العفو), or ran into it (بيان البيت الأبيض)
        assertThat(finder.find(List.of("وقالت منظمة العفو الدولية في تقرير: «الانتهاكات مستمرة في السجون»")))
                .extracting(Quote::speaker, Quote::speakerEntity).containsExactly(org.assertj.core.groups.Tuple.tuple("منظمة العفو الدولية", "E4"));
        assertThat(finder.find(List.of("وقال بيان البيت الأبيض: «الرئيس سيزور المنطقة الشهر المقبل»")))
                .extracting(Quote::speakerEntity).containsExactly("E5");
        // plain words before an organisation named later in the sentence stay the speaker
        assertThat(finder.find(List.of("وقال مصدر مطلع إن «الاجتماع سيعقد غداً» بحسب ما نقله البيت الأبيض")))
                .extracting(Quote::speaker).containsExactly("مصدر مطلع");
    }

    @Test
    void theMediumSpokenToIsNoSpeaker() {
        Entity channel = new Entity("E6", "الإخبارية", EntityType.ORG, List.of("الإخبارية"), null);
        Entity reuters = new Entity("E7", "رويترز", EntityType.ORG, List.of("رويترز"), "Reuters");
        QuoteFinder finder = new QuoteFinder(List.of(KHATIB, channel, reuters));
        // لقناة «الإخبارية», لتلفزيون رويترز: whom it was said to; the previous speaker goes on
        assertThat(finder.find(List.of("وقال سامر الخطيب: «نحن نرفض هذا القرار تماماً».",
                "وأضاف لقناة «الإخبارية» إن «الاجتماع سيعقد غداً في العاصمة»",
                "وقال لتلفزيون رويترز: «سنواصل العمل مع جميع الأطراف»")))
                .extracting(Quote::speaker).containsExactly("سامر الخطيب", "سامر الخطيب", "سامر الخطيب");
    }

    @Test
    void aVerbWithoutNamedSubjectContinuesThePreviousSpeaker() {
        List<Quote> q = quotes("وقال سامر الخطيب: «نحن نرفض هذا القرار تماماً».",
                "وأضاف: \"سنواصل العمل مع جميع الأطراف\".", "«ولن نقبل بالضغوط الخارجية أبداً»");
        assertThat(q).extracting(Quote::speaker).containsExactly("سامر الخطيب", "سامر الخطيب", "سامر الخطيب");
    }

    @Test
    void aPronounOrAnAdverbAfterTheVerbIsNoSpeaker() {
        // قائلا ("saying"), سموه ("His Highness", the one named before), فيه ("in it"), على: the speaker goes on
        List<Quote> q = quotes("وقال سامر الخطيب: «نحن نرفض هذا القرار تماماً».",
                "وأضاف قائلا: «سنواصل العمل مع جميع الأطراف».",
                "وأكد سموه أن الحكومة ستعلن خطة جديدة الأسبوع المقبل.");
        assertThat(q).extracting(Quote::speaker).containsExactly("سامر الخطيب", "سامر الخطيب", "سامر الخطيب");
        assertThat(quotes("وجاء فيه: «إن الاجتماع سيعقد في موعده المحدد»", "وشدد على أن الاتفاق سيوقع قريبا جدا في العاصمة."))
                .extracting(Quote::speaker).doesNotContain("فيه", "على");
    }

    @Test
    void aTitleStandingForAPersonIsThePreviousSpeakerHoweverFarBack() {
        // سموه ("His Highness") paragraphs after the prince last spoke; a verb with no subject there has none
        List<Quote> q = quotes("وقال سامر الخطيب: «نحن نرفض هذا القرار تماماً».", "فقرة أخرى بلا اقتباس.",
                "فقرة ثالثة.", "وأكد سموه أن المعرض يعكس اهتمام الدولة بالثقافة والقراءة.");
        assertThat(q).hasSize(2).last().satisfies(x -> {
            assertThat(x.speaker()).isEqualTo("سامر الخطيب");
            assertThat(x.speakerEntity()).isEqualTo("E1");
        });
        assertThat(quotes("افتتح سامر الخطيب المعرض الدولي للكتاب في العاصمة صباح اليوم.",
                "وأكد سموه أن المعرض يعكس اهتمام الدولة بالثقافة والقراءة.")).isEmpty();
    }

    @Test
    void aQuoteFarFromAnySpeakerHasNone() {
        List<Quote> q = quotes("وقال سامر الخطيب: «نحن نرفض هذا القرار تماماً».", "فقرة أخرى بلا اقتباس.",
                "فقرة ثالثة.", "«كلام بلا قائل معروف هنا»");
        assertThat(q.get(1).speaker()).isNull();
    }

    @Test
    void anAdjectiveAfterThePlainNamesFirstWordIsPartOfIt() {
        // it ended the name at its first word: وزارة, اللواء; a title's adjective before the name is still skipped,
        // and إلى (matching form الي) is no adjective
        assertThat(quotes("وقالت وزارة الداخلية البحرينية في بيان إن الشرطة أوقفت خمسة مشتبه بهم في المنامة.",
                "وأشار اللواء التركي إلى أن العملية نفذت بنجاح ولم يصب أحد من رجال الأمن.",
                "وقال المتحدث الرسمي مازن حداد: «سنعلن النتائج قريباً بعد انتهاء الفرز»",
                "وأشار التقرير إلى أن الأسعار ارتفعت بنسبة كبيرة خلال الأشهر الماضية."))
                .extracting(Quote::speaker).containsExactly("وزارة الداخلية البحرينية", "اللواء التركي", "مازن حداد",
                        "التقرير");
    }

    @Test
    void indirectSpeechIsItsOwnKind() {
        List<Quote> q = quotes("وأكد سامر الخطيب أن الحكومة ستعلن خطة جديدة الأسبوع المقبل.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Quote.Kind.INDIRECT);
            assertThat(x.speaker()).isEqualTo("سامر الخطيب");
            assertThat(x.text()).isEqualTo("الحكومة ستعلن خطة جديدة الأسبوع المقبل");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الكرملين يسعى إلى «إقناع» أرمينيا",
            "ذكرت «وكالة الأنباء الوطنية» الخبر صباح اليوم",
            "شعار \"مكافحة الإرهاب\" مرفوع",
            "The minister said \"no\" today",
            "''"})
    void scareQuotesNamesAndEmptyTextAreNoQuotations(String paragraph) {
        assertThat(quotes(paragraph)).isEmpty();
    }
}
