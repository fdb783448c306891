package org.mirsad.read;

/**
 * Small Arabic pages written for these tests, in the messy style of crawled news: a repeated
 * caption, a site marker, a "read also" teaser, relative dates. Invented, not copied from any site.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** A crawled page with guillemets and a Latin credit (encodable in UTF-8, UTF-16, windows-1256). */
    static final String PAGE = """
            وزير المياه يفتتح محطة تحلية جديدة في المنطقة الشرقية

            صورة من حفل الافتتاح صباح اليوم (واس)
            صورة من حفل الافتتاح صباح اليوم (واس)
            الدمام - «مرصد الأخبار»

            افتتح وزير المياه صباح اليوم الثلاثاء محطة تحلية جديدة بطاقة 300 ألف متر مكعب يومياً، وقال إن المحطة «ستغطي حاجة المدن الساحلية حتى عام 2030».
            اقرأ أيضاً: أسعار النفط ترتفع في ختام تعاملات الأسبوع
            وأضاف الوزير أن العمل جارٍ على مشروعين آخرين في الجبيل ورأس الخير.
            """;

    /** A page in the letters ISO-8859-6 has: no guillemets, no Persian letters, Arabic comma and question mark. */
    static final String PLAIN_PAGE = """
            الهلال يتعادل مع النصر في قمة الدوري

            الرياض - واس
            تعادل فريقا الهلال والنصر مساء أمس الجمعة بهدف لمثله، في مباراة شهدت طرد لاعبين اثنين؛ فهل يبتعد الاتحاد بالصدارة؟
            وقال مدرب الهلال بعد اللقاء إن فريقه قدم مستوى جيداً رغم الغيابات.
            """;

    /** Fully vowelled text (harakat on nearly every letter), as in quoted verse or school texts. */
    static final String VOWELLED = "قَالَ المُتَحَدِّثُ الرَّسْمِيُّ إِنَّ الوَزِيرَ سَيَزُورُ المَدِينَةَ غَدًا، وَسَيَلْتَقِي بِالأَهَالِي.\n";
}
