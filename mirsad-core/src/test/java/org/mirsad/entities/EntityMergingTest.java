package org.mirsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;

/** Variant pairs that must and must not become one entity, independent of the tagger. */
class EntityMergingTest {

    private static Mention mention(String written, EntityType type) {
        List<String> tokens = Names.tokens(written);
        return new Mention(written, written, tokens, type, 0, written.length(), KnownEntities.DEFAULT.similar(tokens));
    }

    private static List<Entity> resolve(String typeA, String a, String typeB, String b) {
        List<Mention> ms = new ArrayList<>();
        ms.add(mention(a, EntityType.valueOf(typeA)));
        ms.add(mention(b, EntityType.valueOf(typeB)));
        return EntityResolver.resolve(ms);
    }

    @ParameterizedTest(name = "{1} = {3}")
    @CsvSource({
            "PER,ديميتري بيسكوف,PER,دميتري بيسكوف",
            "PER,دميتري بيسكوف,PER,بيسكوف",
            "PER,بوتين,PER,بوتن",
            "PER,فلاديمير بوتين,PER,بوتن",
            "PER,فلاديمير بوتن,PER,فلاديمير بوتين",
            "PER,شي جين بينغ,PER,شي جي بينغ",
            "PER,دونالد ترامب,PER,ترمب",
            "LOC,ناغورنو كاراباخ,LOC,ناغورنوكاراباخ",
            "LOC,ناغورنو كاراباخ,LOC,كاراباخ",
            "LOC,ناغورنو کاراباخ,LOC,كاراباخ",
            "LOC,أذربيجان,LOC,اذربيجان",
            "LOC,جمهورية أذربيجان,LOC,أذربيجان",
            "PER,سامر الخطيب,PER,الخطيب",
            "PER,سامر الخطيب,LOC,الخطيب",
            "PER,يوهانس فيلدمان,PER,يوهانيس فيلدمان",
            "ORG,الكرملين,ORG,الكرملين",
            "PER,كيم جونغ أون,PER,كيم جونغ اون",
            "PER,ميشال حداد,PER,ميشيل حداد",
            "PER,سلمان بن عبدالعزيز آل سعود,PER,سلمان بن عبدالعزيز",
            "PER,عادل بن أحمد الجبير,PER,عادل الجبير"})
    void mergesSpellingVariants(String typeA, String a, String typeB, String b) {
        assertThat(resolve(typeA, a, typeB, b)).hasSize(1);
    }

    @ParameterizedTest(name = "{1} ≠ {3}")
    @CsvSource({
            "PER,بوتين,LOC,بوتان",
            "LOC,أوروبا,LOC,أروبا",
            "PER,جونسون,PER,جاكسون",
            "LOC,سوريا,LOC,روسيا",
            "PER,محمد,PER,أحمد",
            "PER,عمار,PER,عمر",
            "LOC,كوريا الشمالية,LOC,كوريا الجنوبية",
            "PER,سون هوي,LOC,الصين",
            "LOC,النمسا,LOC,تونس",
            "PER,فلاديمير بوتين,PER,دميتري بيسكوف",
            "ORG,وزارة الخارجية,ORG,وزارة الدفاع",
            "PER,محمد,PER,محمود",
            "PER,محمد عباس,PER,محمود عباس",
            "PER,سلمان,PER,سليمان",
            "PER,حسن نصر الله,PER,حسين نصر الله",
            "PER,عبدالله,PER,عبدالإله",
            "PER,جون كيري,PER,جون كيربي",
            "PER,جون كيري,PER,جون بيكر",
            "PER,روحاني,PER,ريحان",
            "PER,عبد ربه منصور هادي,LOC,المنصورة",
            "PER,محمد بن سلمان,PER,سليماني"})
    void keepsDifferentNamesApart(String typeA, String a, String typeB, String b) {
        assertThat(resolve(typeA, a, typeB, b)).hasSize(2);
    }

    @Test
    void idIsStableAcrossArticlesWhateverTheSpelling() {
        String shortOnly = EntityResolver.resolve(List.of(mention("بوتن", EntityType.PER))).get(0).id();
        String full = EntityResolver.resolve(List.of(mention("فلاديمير بوتين", EntityType.PER))).get(0).id();
        String glued = EntityResolver.resolve(List.of(mention("ناغورنوكاراباخ", EntityType.LOC))).get(0).id();
        String karabakh = EntityResolver.resolve(List.of(mention("كاراباخ", EntityType.LOC))).get(0).id();
        assertThat(shortOnly).isEqualTo(full);
        assertThat(glued).isEqualTo(karabakh);
    }

    /**
     * Across articles a short unknown name keeps the id of its own letters (but و/ي, and an Arabic given name
     * all of its letters), as {@link Names#sameName} keeps it apart.
     */
    @ParameterizedTest
    @CsvSource({"صلاح,صالح,false", "عمار,عمر,false", "السوبر,صبر,false", "واس,وآسيا,false", "سالم,سلم,false",
            "سعيد,سعد,false", "سعود,سعد,false",
            "بوتين,بوتن,true", "سامر,سامر,true", "درهما,درهم,true", "ريالا,ريال,true", "روسيا,روسي,false",
            // a final ا of a longer word is the name's own (the currencies' accusatives are known spellings now)
            "لويزيانا,لوزان,false", "مانيلا,مانويل,false"})
    void shortUnknownNamesShareAnIdOnlyWhenTheResolverWouldJoinThem(String a, String b, boolean same) {
        assertOneIdOnlyWhereOneEntity(a, b, same);
    }

    /** Persons {@code a} and {@code b} share an id across articles exactly where one article makes them one entity. */
    private static void assertOneIdOnlyWhereOneEntity(String a, String b, boolean same) {
        String idA = EntityResolver.resolve(List.of(mention(a, EntityType.PER))).get(0).id();
        String idB = EntityResolver.resolve(List.of(mention(b, EntityType.PER))).get(0).id();
        assertThat(idA.equals(idB)).as("%s / %s", a, b).isEqualTo(same);
        assertThat(resolve("PER", a, "PER", b)).hasSize(same ? 1 : 2);
    }

    /** A surname's nisba ي, which the skeleton drops, keeps two ids apart as it keeps two mentions apart. */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"خالد العبيدي,خالد العباد,false", "علي العمير,علي العامري,false", "محمد الساعد,محمد السعيدي,false",
            "ميشيل بلاتيني,ميشال بلاتيني,true", "محمد الشهري,محمد الشهرى,true"})
    void aSurnamesNisbaKeepsIdsApart(String a, String b, boolean same) {
        assertOneIdOnlyWhereOneEntity(a, b, same);
    }

    /** One person named in full in one article and in the usual short form in another ({@link Names#usualForm}). */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"محمد بن نايف بن عبدالعزيز,محمد بن نايف,true", "محمد بن نايف بن عبد العزيز آل سعود,محمد بن نايف,true",
            "عبدالله بن عبدالعزيز الربيعة,عبدالله الربيعة,true", "سعود بن عبدالله بن منصور بن جلوي,سعود جلوي,true",
            "فهد بن عبدالعزيز بن معمر,فهد بن عبدالعزيز,false", "محمد بن نايف,محمد بن سلمان,false",
            "محمد بن نايف,محمود بن نايف,false"})
    void lineageNamesShareTheIdOfTheirUsualForm(String full, String usual, boolean same) {
        String a = EntityResolver.resolve(List.of(mention(full, EntityType.PER))).get(0).id();
        String b = EntityResolver.resolve(List.of(mention(usual, EntityType.PER))).get(0).id();
        assertThat(a.equals(b)).as("%s / %s", full, usual).isEqualTo(same);
    }

    @Test
    void lineageNameWithItsFamilyFindsTheActorWrittenWithout() {
        Known withFamily = KnownEntities.DEFAULT.similar(Names.tokens("سلمان بن عبدالعزيز آل سعود"));
        assertThat(withFamily).isNotNull();
        assertThat(withFamily).isEqualTo(KnownEntities.DEFAULT.similar(Names.tokens("سلمان بن عبدالعزيز")));
    }

    @Test
    void anotherGivenNameIsNotTheKnownActor() {
        assertThat(KnownEntities.DEFAULT.similar(Names.tokens("محمود عباس")).latin()).isEqualTo("Mahmoud Abbas");
        assertThat(KnownEntities.DEFAULT.similar(Names.tokens("محمد عباس"))).isNull();
    }

    @Test
    void unknownFullNameGetsTheSameIdInEveryArticle() {
        Entity a = EntityResolver.resolve(List.of(mention("سامر الخطيب", EntityType.PER), mention("الخطيب", EntityType.PER))).get(0);
        Entity b = EntityResolver.resolve(List.of(mention("سامر الخطيب", EntityType.PER))).get(0);
        assertThat(a.id()).isEqualTo(b.id()).startsWith("E").hasSize(17);
        assertThat(a.canonical()).isEqualTo("سامر الخطيب");
        assertThat(a.mentions()).containsExactly("سامر الخطيب", "الخطيب");
    }

    @Test
    void knownActorsCarryTheirLatinNameAndType() {
        Entity e = EntityResolver.resolve(List.of(mention("اذربيجان", EntityType.ORG))).get(0);
        assertThat(e.latin()).isEqualTo("Azerbaijan");
        assertThat(e.type()).isEqualTo(EntityType.LOC);
        assertThat(e.canonical()).isEqualTo("أذربيجان");
        Entity unknown = EntityResolver.resolve(List.of(mention("سامر الخطيب", EntityType.PER))).get(0);
        assertThat(unknown.latin()).isEqualTo("Samer al-Khatib");
        // a word's first ع is read as its most common vowel, not dropped (عباس was "Bas")
        assertThat(Transliterator.latin("عادل العباسي")).isEqualTo("Adel al-Abasy");
    }

    @ParameterizedTest
    @CsvSource({"عزام بن محمد الدخيل,Azzam bin Mohammed al-Dakhil", "عبدالله بن عبدالعزيز آل سعود,Abdullah bin Abdulaziz Al Saud",
            "عبد الله بن زايد آل نهيان,Abdullah bin Zayed Al Nahyan", "ياسر القحطاني,Yasser al-Qahtani",
            // the article only where a word begins: the ع of العاملة read, no second article
            "القوى العاملة,al-Qwy al-Amlh", "بن لادن,Bin Ladn",
            // أل with hamza is no article (Alexis), and God's name is Allah alone and in a name
            "أليكسيس تسيبراس,Alyksys Tsybras", "إلياس,Alyas", "الله,Allah", "نصر الله,Nasr Allah",
            // the words of bodies' and places' names, transliterated; Latin letters spelt out are the letters
            "مستشفى الملك فهد,Mustashfa al-Malik Fahd", "برشلونة,Barcelona", "الرباط,Rabat", "سي إن إن,CNN", "إف 16,F-16",
            "آي آر 15,IR-15", "جي ستريت,Jy Street", "16 إف,16 Af", "وزارة الداخلية,Wizara al-Dakhiliya",
            // the article after و or ل: a body's purpose
            "الهيئة العامة للسياحة والتراث الوطني,al-Hayat al-Amma lil-Siyaha wal-Turath al-Watani",
            // a word that is a known place takes the place's name (with ل and the article: lil-)
            "أمانة محافظة جدة,Amana Muhafaza Jeddah", "الهيئة الملكية للجبيل,al-Hayat al-Malakiya lil-Jubail"})
    void namesWordsTheNewsSpellsOneWayTakeThatSpelling(String arabic, String latin) {
        assertThat(Transliterator.latin(arabic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource({"الأذربيجانية,true", "الروسي,true", "النمساوية,true", "النمساوي,true", "الأرمينية,true", "الصيني,true", "أذربيجان,false",
            "المالكي,false", "الشمالية,false", "'',false"})
    void recognisesAdjectivesOfPlaces(String word, boolean adjective) {
        List<String> t = Names.tokens(word);
        assertThat(!t.isEmpty() && Nisba.ofKnownPlace(t.get(0), KnownEntities.DEFAULT)).isEqualTo(adjective);
    }

    @ParameterizedTest
    @CsvSource({"بوتين,بتن", "دميتري,دمتر", "ديميتري,دمتر", "شي جين بينغ,شجنبنج", "الكرملين,كرملن"})
    void skeletonKeepsConsonants(String name, String skeleton) {
        assertThat(Names.skeleton(Names.tokens(name))).isEqualTo(skeleton);
    }

    @Test
    void namesTheRulesKeepApartButThatShareAnIdAreOneEntity() {
        // أبو and أبي are one name in two cases, and جو/غو one foreign sound: one key across articles, so one
        // entity in the article too, the first written form first
        for (String[] pair : new String[][] {{"أبو داود", "أبي داود"}, {"جو برو", "غو برو"}}) {
            List<Entity> one = resolve("PER", pair[0], "PER", pair[1]);
            assertThat(one).hasSize(1);
            assertThat(one.get(0).mentions()).containsExactlyInAnyOrder(pair[0], pair[1]);
        }
    }
}
