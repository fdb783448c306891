package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubheadDetectorTest {

    private final SubheadDetector detector = SubheadDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "سقوط 3 قتلىفي سياق متصل، أعلنت الشرطة توقيف مشتبه به.      | سقوط 3 قتلى      | في سياق متصل، أعلنت الشرطة توقيف مشتبه به.",
        "الوزارة تنفي الخبرمن جهتها أكدت النقابة استمرار الإضراب.     | الوزارة تنفي الخبر | من جهتها أكدت النقابة استمرار الإضراب.",
        "خطة للطوارئإلى ذلك، بدأت البلدية توزيع المياه على الأحياء.   | خطة للطوارئ      | إلى ذلك، بدأت البلدية توزيع المياه على الأحياء.",
        "تحرّك دبلوماسيّوفي هذا السياق، اتصل الوزير بنظيره.           | تحرّك دبلوماسيّ   | وفي هذا السياق، اتصل الوزير بنظيره.",
    })
    void splitsGluedSubhead(String line, String subhead, String paragraph) {
        assertThat(detector.splitGlued(line)).containsExactly(subhead, paragraph);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "وقال الوزير من جهته إن الاجتماع كان مثمراً.",
        "عقد الاجتماع ضمن جهتها الرسمية.",
        "قال المسؤول، في سياق متصل، إن الأمر قيد الدراسة.",
        "في سياق متصل، أعلنت الشرطة توقيف مشتبه به.",
        "أزمةفي سياق متصل، أعلنت الشرطة توقيف مشتبه به.",
    })
    void leavesLinesWithoutAGluedSeam(String line) {
        assertThat(detector.splitGlued(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "مزيد من الجنود                                   | true",
        "بيسكوف: زيارة الضيف إلى روسيا كانت حافلة          | true",
        "وأصبحت البلاد إحدى أبرز الدول الداعمة للاتفاق.    | false",
        "قال:                                             | false",
        "هذا سطر طويل جداً يضم كلمات كثيرة تتجاوز ما يحتمله عنوان فرعي قصير في مقال إخباري عادي | false",
    })
    void subheadIsShortAndUnfinished(String line, boolean subhead) {
        assertThat(SubheadDetector.isSubheadLike(line)).isEqualTo(subhead);
    }
}
