package org.mirsad.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.model.PageSignal;

class OutletDetectorTest {

    private final OutletDetector detector = OutletDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TT| Asharq Al-Awsat",
            "'  TT  '| Asharq Al-Awsat",
            "لندن: «الشرق الأوسط»| Asharq Al-Awsat",
            "'  •  وزير الخارجية خلال المؤتمر الصحافي'| Al Mayadeen",
            "فلسطين مصرفيون يغادرونالمصدر: العربية| Al Arabiya",
            "المصدر: سكاي نيوز عربية - أبوظبي| Sky News Arabia",
            "المصدر : الميادين نت| Al Mayadeen",
            "خالد الغامدي- سبق- جدة: شهدت الشواطئ| Sabq",
            "عين اليوم – الرياض| Ain Alyoum",
            "الرياضي ـ جدة| Arriyadi",
            "انتهى الاجتماع مساء أمس. رابط الخبر بصحيفة الوئام: عنوان آخر| Al Weeam",
            "مادة إعلانية تابعوا آخر أخبار العربية عبر Google News| Al Arabiya"})
    void recognisesMark(String line, String outlet) {
        assertThat(detector.detect(line)).extracting(PageSignal::outlet).contains(outlet.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TTT", "ATT", "قال المتحدث إن الاجتماع انتهى", "المصدر: مصدر مطلع", "The source: Reuters",
            "•", "صورة عامة للمدينة (أرشيفية - رويترز)", "سبق أن أعلنت الوزارة"})
    void ignoresOrdinaryLine(String line) {
        assertThat(detector.detect(line)).isEmpty();
    }

    @Test
    void aLineWithSeveralContainedMarksGivesEachInTableOrder() {
        // two contains signatures on one line (their phrases are found in one pass): both, in signatures.tsv order
        assertThat(detector.detect("نقلا عن سكاي نيوز عربية والجزيرة نت"))
                .extracting(PageSignal::outlet).containsExactly("Al Jazeera", "Sky News Arabia");
    }

    @Test
    void emptyAndNullTextHaveNoMarks() {
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect(null)).isEmpty();
    }

    @Test
    void reportsLineNumbersAndTrailingMarks() {
        String page = String.join("\n", "عنوان الخبر الأول", "", "TT", "نص الخبر", "اخترنا لك");
        List<PageSignal> signals = detector.detect(page);
        assertThat(signals).extracting(PageSignal::line).containsExactly(3, 5);
        assertThat(signals).extracting(PageSignal::trailing).containsExactly(false, true);
        assertThat(signals.get(0).evidence()).isEqualTo("TT");
    }

    @Test
    void sourceLineWithDiacriticsAndKehehIsFound() {
        assertThat(detector.detect("المصدرُ: العَرَبِيّة")).extracting(PageSignal::outlet).containsExactly("Al Arabiya");
    }
}
