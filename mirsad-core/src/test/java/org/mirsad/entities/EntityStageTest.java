package org.mirsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.gazetteer.ActorDictionary;
import org.mirsad.gazetteer.Countries;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;

class EntityStageTest {

    private static final EntityStage STAGE = new EntityStage();

    private static Entity named(List<Entity> es, String latin) {
        return es.stream().filter(e -> latin.equals(e.latin())).findFirst().orElseThrow(
                () -> new AssertionError("no " + latin + " in " + es));
    }

    @Test
    void joinsSurnameAndCliticFormsToTheFullName() {
        Article a = Article.segmented("x", null, "الكرملين يرد على باكو",
                null, List.of(Block.paragraph("وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو تتابع الوضع في ناغورنو كاراباخ."),
                        Block.paragraph("وأضاف بيسكوف أن الرئيس فلاديمير بوتين سيتحدث مع القادة، وأن لبوتين موقفا واضحا بشأن كاراباخ.")),
                List.of(), null);
        List<Entity> es = STAGE.apply(a).entities();
        assertThat(named(es, "Dmitry Peskov").mentions()).contains("دميتري بيسكوف", "بيسكوف");
        assertThat(named(es, "Vladimir Putin").mentions()).contains("فلاديمير بوتين", "لبوتين");
        assertThat(named(es, "Nagorno-Karabakh").mentions()).contains("ناغورنو كاراباخ", "كاراباخ");
        assertThat(named(es, "Kremlin").type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void aPrepositionBeforeTheArticleIsNotPartOfAPlaceName() {
        // Doha only with the preposition: neither the lexicon nor the rest of the text names it bare
        List<Entity> es = STAGE.entities("عقد وزراء خارجية دول الخليج اجتماعهم الدوري بالدوحة يوم الأحد.");
        assertThat(es).extracting(Entity::canonical).contains("الدوحة")
                .noneMatch(c -> c.startsWith("\u0628\u0627\u0644"));
    }

    @Test
    void aNameBeginningWithAPrepositionLetterKeepsIt() {
        // باريس is no known actor here; its ب is not cut because اريس looks like ايرس of بوينس ايرس
        List<Entity> es = STAGE.entities("وصل وزير الخارجية إلى باريس أمس، وقال في باريس إن المحادثات كانت مثمرة.");
        assertThat(es).extracting(Entity::canonical).contains("باريس").doesNotContain("اريس");
        // what stands before an article is cut, the article stays with the name
        assertThat(STAGE.entities("زار الوفد مكة المكرمة والمدينة المنورة أمس، ثم عاد إلى بلاده."))
                .extracting(Entity::canonical).contains("المدينة المنورة").doesNotContain("مدينة المنورة");
        // a known name still loses its preposition: لبوتين is Putin
        assertThat(named(STAGE.entities("قال الرئيس فلاديمير بوتين إن لبوتين موقفا واضحا."), "Vladimir Putin").mentions())
                .contains("لبوتين");
    }

    @Test
    void anAdjectiveIsNotTheCountry() {
        List<Entity> es = STAGE.entities("قصفت القوات الأذربيجانية مواقع قرب الحدود، وقالت أذربيجان إنها سترد.");
        assertThat(named(es, "Azerbaijan").mentions()).containsExactly("أذربيجان");
        // with a conjunction before its article too: والمالي is "and the financial", not Mali
        assertThat(STAGE.entities("تحدث الوزير عن الفساد الإداري والمالي في الأجهزة الحكومية."))
                .extracting(Entity::latin).doesNotContain("Mali");
        assertThat(named(STAGE.entities("تحدث الوزير عن الفساد الإداري والمالي، ثم سافر إلى مالي والنيجر."), "Mali")
                .mentions()).containsExactly("مالي");
    }

    @Test
    void aCountryWithAnAdjectivesFormIsNamedWhereANameStands() {
        // السعودية is the country after a verb or a preposition, an adjective after a definite noun
        List<Entity> es = STAGE.entities("أعلنت السعودية أمس خطة جديدة، ووصل الوفد إلى السعودية، وشاركت الأندية السعودية في البطولة.");
        assertThat(named(es, "Saudi Arabia").mentions()).containsExactly("السعودية");
        assertThat(STAGE.entities("شاركت الأندية السعودية في البطولة الآسيوية هذا العام."))
                .extracting(Entity::latin).doesNotContain("Saudi Arabia");
        // the definite noun may carry a preposition: بالقوات السعودية is "with the Saudi forces"
        assertThat(STAGE.entities("أشاد الوزير بالقوات السعودية في كلمته أمس أمام الحضور."))
                .extracting(Entity::latin).doesNotContain("Saudi Arabia");
        // a name whose own first letters are أل keeps its clitic readings: لألمانيا is Germany
        assertThat(named(STAGE.entities("قال الوزير إن زيارته لألمانيا ستكون في الشهر المقبل."), "Germany").mentions())
                .containsExactly("لألمانيا");
        // without its article it is only the adjective: the country is always written السعودية
        assertThat(STAGE.entities("وقعت شركة سعودية عقدا كبيرا مع مصنع ياباني هذا العام."))
                .extracting(Entity::latin).doesNotContain("Saudi Arabia");
    }

    @Test
    void aOneWordNameMustHaveTheKnownNamesSkeleton() {
        // بلندن ("in London") is one letter off بولندا, بوسطن one off باكستان: neither is that country
        List<Entity> es = STAGE.entities("عقد الاجتماع بلندن أمس، ثم سافر الوفد إلى بوسطن في اليوم التالي.");
        assertThat(es).extracting(Entity::latin).doesNotContain("Poland", "Pakistan");
        // a clitic the actor dictionary wrote apart (ل عراقي) claims no glued form: للعراق is Iraq
        assertThat(named(STAGE.entities("قال المسؤول إن الدعم للعراق سيستمر خلال العام المقبل."), "Iraq").mentions())
                .containsExactly("للعراق");
        // short names of countries the tables lack: أمريكا is the United States, as الولايات المتحدة is
        List<Entity> us = STAGE.entities("قال الرئيس إن أمريكا ستدعم الاتفاق، وأكدت الولايات المتحدة ذلك في بيان.");
        assertThat(us).filteredOn(e -> e.mentions().contains("أمريكا")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("الولايات المتحدة"));
    }

    @Test
    void aBlessingOrATitleAfterANameIsNotPartOfIt() {
        List<Entity> es = STAGE.entities("وجه الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - بتقديم المساعدات العاجلة للمتضررين.");
        assertThat(es).extracting(Entity::canonical).contains("سلمان بن عبدالعزيز آل سعود")
                .noneMatch(c -> c.contains("\u062D\u0641\u0638\u0647")); // حفظه
        List<Entity> prince = STAGE.entities("وأكد الأمير محمد بن نايف بن عبدالعزيز ولي العهد أن المملكة ماضية في خططها.");
        assertThat(prince).extracting(Entity::canonical).contains("محمد بن نايف بن عبدالعزيز")
                .noneMatch(c -> c.contains("العهد"));
        List<Entity> late = STAGE.entities("وكان الملك عبدالله بن عبدالعزيز -يرحمه الله- قد افتتح المشروع قبل سنوات.");
        assertThat(late).extracting(Entity::canonical).contains("عبدالله بن عبدالعزيز")
                .noneMatch(c -> c.contains("الله-") || c.contains("يرحمه"));
    }

    @Test
    void aPlaceNameThatIsACommonWordNeedsAPlacesContext() {
        // مالي is "financial" after a noun (دعم مالي), Mali after a preposition, a noun that takes a place or a country
        assertThat(STAGE.entities("قدمت الحكومة دعم مالي كبير للشركات الصغيرة، ودفعت مبلغ مالي آخر للمزارعين."))
                .extracting(Entity::latin).doesNotContain("Mali");
        assertThat(named(STAGE.entities("قتل ثلاثة جنود في شمال مالي، وسافر الوفد إلى مالي أمس."), "Mali").mentions())
                .contains("مالي");
        assertThat(named(STAGE.entities("شارك لاعبون من السنغال ومالي في البطولة الأفريقية."), "Mali").mentions())
                .containsExactly("ومالي");
        assertThat(STAGE.entities("افتتحت الوزارة مدارس بنين وبنات في المحافظة هذا العام."))
                .extracting(Entity::latin).doesNotContain("Benin");
    }

    @Test
    void anAgencysCreditNamesItWhereTheArticleCreditsIt() {
        Article a = Article.segmented("x", null, "افتتاح مشروع جديد في جازان", null,
                List.of(Block.paragraph("جازان - واس: افتتح أمير المنطقة أمس مشروعا جديدا، وقال لـ«واس» إن العمل سيكتمل هذا العام.")),
                List.of(), null);
        Entity spa = named(STAGE.apply(a.withAgencies(List.of("SPA"))).entities(), "Saudi Press Agency");
        assertThat(spa.type()).isEqualTo(EntityType.ORG);
        assertThat(spa.canonical()).isEqualTo("وكالة الأنباء السعودية");
        // an article that credits no agency: واس is no agency's name there
        assertThat(STAGE.apply(a).entities()).extracting(Entity::latin).doesNotContain("Saudi Press Agency");
        // the agencies' own names are known wherever they stand
        assertThat(named(STAGE.entities("قال مسؤول لوكالة الصحافة الفرنسية إن المحادثات ستستأنف."), "Agence France-Presse")
                .type()).isEqualTo(EntityType.ORG);
    }

    @Test
    void aLamBeforeTheArticleIsCutAndTheArticleRestored() {
        // للمسجد الأقصى is ل + المسجد الأقصى: one entity with المسجد الأقصى, named with its article
        List<Entity> es = STAGE.entities("زار الوفد المسجد الأقصى صباح اليوم، وقدم دعما للمسجد الأقصى وللقائمين عليه.");
        assertThat(es).filteredOn(e -> e.mentions().contains("للمسجد الأقصى")).singleElement()
                .satisfies(e -> assertThat(e.canonical()).isEqualTo("المسجد الأقصى"));
    }

    @Test
    void aMonthNameInADateIsNoName() {
        List<Entity> es = STAGE.entities("ارتفع مؤشر السوق في الرياض منذ مطلع أبريل (نيسان) الماضي بنسبة خمسة في المائة.");
        assertThat(es).extracting(Entity::canonical).contains("الرياض").doesNotContain("نيسان", "أبريل");
    }

    @Test
    void aPlaceOrBodyNamedAfterAKingIsNotTheKing() {
        List<Entity> es = STAGE.entities("وسلم مركز الملك سلمان للإغاثة والأعمال الإنسانية المساعدات، ونقل المصابون إلى "
                + "مستشفى الملك فهد بالهفوف، فيما وصل الوفد إلى مطار الملك خالد الدولي قادما من جامعة الإمام محمد بن سعود الإسلامية.");
        assertThat(named(es, "King Salman Humanitarian Aid and Relief Centre").type()).isEqualTo(EntityType.ORG);
        assertThat(named(es, "King Khalid International Airport").type()).isEqualTo(EntityType.LOC);
        assertThat(named(es, "Imam Mohammad Ibn Saud Islamic University").mentions())
                .containsExactly("جامعة الإمام محمد بن سعود الإسلامية");
        // a clitic before the noun is cut; a place after the name is no part of it; no name of a king as a person
        assertThat(es).filteredOn(e -> e.mentions().contains("مستشفى الملك فهد")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(es).extracting(Entity::type, Entity::canonical).doesNotContain(
                org.assertj.core.groups.Tuple.tuple(EntityType.PER, "فهد"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PER, "سلمان"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PER, "خالد"));
        assertThat(STAGE.entities("وصل المرضى بمستشفى الملك فهد الجامعي بالخبر أمس.")).extracting(Entity::canonical)
                .contains("مستشفى الملك فهد الجامعي");
        // the king himself, titled, is still the king
        assertThat(named(STAGE.entities("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الوفد."),
                "Salman bin Abdulaziz Al Saud").type()).isEqualTo(EntityType.PER);
        // titled, the one-word name is the king (titled_names.tsv); سليمان is another name
        assertThat(named(STAGE.entities("واستقبل خادم الحرمين الشريفين الملك سلمان الوفد في قصر السلام."),
                "Salman bin Abdulaziz Al Saud").mentions()).containsExactly("سلمان");
        assertThat(STAGE.entities("وروى الشيخ قصة الملك سليمان مع الهدهد.")).extracting(Entity::latin)
                .doesNotContain("Salman bin Abdulaziz Al Saud");
        assertThat(named(STAGE.entities("وتراجعت ميليشيات الحوثي وقوات المخلوع صالح نحو لحج."), "Ali Abdullah Saleh")
                .mentions()).containsExactly("صالح");
        // in an article that names him in full, صالح alone is his surname
        assertThat(STAGE.entities("وقال الرئيس اليمني السابق علي عبد الله صالح إنه باق. وأضاف مسؤول أن صالح يرفض الحوار."))
                .filteredOn(e -> e.mentions().contains("صالح")).singleElement()
                .satisfies(e -> assertThat(e.latin()).isEqualTo("Ali Abdullah Saleh"));
        // the purpose takes one more word after و; a second و begins what follows
        assertThat(STAGE.entities("وقعت مدينة الملك عبدالعزيز للعلوم والتقنية والشركة السعودية للكهرباء اتفاقية."))
                .extracting(Entity::canonical).contains("مدينة الملك عبدالعزيز للعلوم والتقنية")
                .noneMatch(c -> c.contains("والشركة"));
    }

    @Test
    void aTaggersSpanIsCutWhereItHoldsMoreThanOneName() {
        // a list of names parted by dashes is several persons; a dash inside one name keeps it whole
        List<Entity> es = STAGE.entities("وتولى ذلك كل من الموقوفين ( ماجد مصطفى النافع - معن محمد الشبانات- عبدالإله الموسى ) "
                + "بحسب البيان.");
        assertThat(es).extracting(Entity::canonical).noneMatch(c -> c.contains("-"));
        assertThat(es).filteredOn(e -> e.type() == EntityType.PER).hasSizeGreaterThanOrEqualTo(2);
        // a number that goes on as a decimal is no part of a name
        assertThat(STAGE.entities("وانخفض الدولار 0.5 في المئة اليوم أمام سلة من العملات.")).extracting(Entity::canonical)
                .noneMatch(c -> c.matches(".*\\d.*"));
        // a dotted abbreviation, which the tokeniser and the sentence splitter part at its dots, is one name
        assertThat(STAGE.entities("ونقلت الإذاعة الأسترالية (إيه.بي.سي) عن غواصين، وقالت شبكة (إن.بي.سي) إن البحث مستمر."))
                .extracting(Entity::canonical).contains("إيه.بي.سي", "إن.بي.سي").doesNotContain("بي", "سي");
        // a quote mark the span does not close keeps the name inside it
        assertThat(STAGE.entities("وقال جيرمي بن عامي، رئيس منظمة «جي ستريت»، إنهم يؤيدون الاتفاق."))
                .extracting(Entity::canonical).noneMatch(c -> c.contains("«") || c.contains("»"));
    }

    @Test
    void aDashInsideOnePersonsNameKeepsIt() {
        assertThat(NameBounds.parts(tokens("تشونغ مونغ - جون"), 0, 3, true)).singleElement()
                .satisfies(p -> assertThat(p).containsExactly(0, 3));
        assertThat(NameBounds.parts(tokens("هادي قطيم الشيباني - ماجد"), 0, 4, true))
                .containsExactly(new int[] {0, 2}, new int[] {4, 4});
        assertThat(NameBounds.parts(tokens("مجلس الأمن - الدولي"), 0, 3, false)).singleElement()
                .satisfies(p -> assertThat(p).containsExactly(0, 3));
        assertThat(NameBounds.parts(tokens("بطولة ( خليجي 23"), 0, 3, false)).singleElement()
                .satisfies(p -> assertThat(p).containsExactly(2, 3));
        assertThat(NameBounds.parts(tokens("سي ) الأمريكية"), 0, 2, false)).singleElement()
                .satisfies(p -> assertThat(p).containsExactly(0, 0));
        assertThat(NameBounds.parts(tokens("فلاديمير بوتين"), 0, 1, true)).isNull();
    }

    /** Space-separated tokens with their offsets, as the tokeniser gives them. */
    private static List<org.mirsad.ner.Token> tokens(String spaced) {
        List<org.mirsad.ner.Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (String t : spaced.split(" ")) {
            out.add(new org.mirsad.ner.Token(t, at, at + t.length()));
            at += t.length() + 1;
        }
        return out;
    }

    @Test
    void emptyLatinAndDiacriticHeavyText() {
        assertThat(STAGE.entities("")).isEmpty();
        assertThat(STAGE.entities("   \n\n ")).isEmpty();
        assertThat(STAGE.entities("وَقَالَ الرَّئِيسُ فلاديمير بوتين فِي مُوسْكُو")).extracting(Entity::latin)
                .contains("Vladimir Putin", "Moscow");
    }

    @Test
    void aCliticIsCutOffAWordThatOnlyResemblesAnUntypedActor() {
        // والنمسا resembles the actor dictionary's والنمسوي, بالصين its بولسون: both were places of their own
        assertThat(STAGE.entities("وسيبدأ إطلاق التطبيق في ألمانيا والنمسا وسويسرا، وقال مسؤول بالصين إن الاتفاق قريب."))
                .extracting(Entity::latin).contains("Austria", "China");
        // a word whose first letter only looks like a clitic keeps it
        assertThat(STAGE.entities("وقال المهندس فريد الأحمد إن المشروع اكتمل.")).extracting(Entity::canonical)
                .noneMatch(c -> c.startsWith("\u0631\u064A\u062F"));
    }

    @Test
    void aNameNeverEndsOnALinkOfItsLineage() {
        // تركي after بن is a father's name, not the adjective "Turkish" that a name sheds (كورسك الروسية)
        assertThat(STAGE.entities("وقال الأمير فيصل بن تركي رئيس النادي إن الفريق جاهز للموسم الجديد."))
                .extracting(Entity::canonical).contains("فيصل بن تركي").doesNotContain("فيصل بن", "فيصل");
        // a place named after a person: أبي links the name to the word after it
        assertThat(STAGE.entities("واستهدف التفجير المصلين في مسجد الإمام علي بن أبي طالب ببلدة القديح."))
                .extracting(Entity::canonical).contains("مسجد الإمام علي بن أبي طالب");
        // a link with no word after it goes: the name ends before it
        assertThat(STAGE.entities("وحضر الحفل المهندس عبداللطيف آل")).extracting(Entity::canonical)
                .noneMatch(c -> c.endsWith(" \u0622\u0644")); // آل
    }

    @Test
    void aNameNeverStartsRightAfterALink() {
        // آل of a family, أبو of a kunya: the tagger began after them
        assertThat(STAGE.entities("وحضر الحفل الممثل آل باتشينو، وقال أبو محمد الجولاني إن جبهة النصرة تقاتل."))
                .extracting(Entity::canonical).contains("آل باتشينو", "أبو محمد الجولاني").doesNotContain("باتشينو");
        // the son's name, where the father's is a known name: not the father
        assertThat(STAGE.entities("وأضاف أن الأمير فيصل بن سلمان بن عبدالعزيز حضر الحفل مساء أمس."))
                .extracting(Entity::canonical).contains("فيصل بن سلمان بن عبدالعزيز")
                .doesNotContain("سلمان بن عبدالعزيز آل سعود");
        // before بن or بنت, a word after a title is the name, listed or not
        assertThat(STAGE.entities("وقدم الأمير العزاء في وفاة الأميرة مشاعل بنت عبدالمحسن بن عبدالعزيز أمس."))
                .extracting(Entity::canonical).contains("مشاعل بنت عبدالمحسن بن عبدالعزيز");
    }

    @Test
    void aWordWithTanweenIsNoName() {
        // a shield, "Turkish", "Syrian" in the accusative: not Daraa, Turkey, Syria
        assertThat(STAGE.entities("وتسلم الفريق درعاً من الاتحاد. وقال المدرب: لدينا لاعب تركيًا وآخر سورياً في التشكيلة."))
                .extracting(Entity::latin).doesNotContain("Daraa", "Türkiye", "Syria");
        // the place written without it still is
        assertThat(STAGE.entities("وقتل مقاتل في درعا أمس.")).extracting(Entity::latin).contains("Daraa");
    }

    @Test
    void godsNameInAFormulaIsAllahAlone() {
        // God's attributes after الله are no person; the words of a formula around it are no name
        assertThat(STAGE.entities("وأعرب عن شكره لخادم الحرمين، سائلاً الله العلي القدير أن يعينه على أداء مهامه."))
                .extracting(Entity::canonical).containsOnly("الله");
        assertThat(STAGE.entities("وتمكنت الجهات الأمنية بعد توفيق الله من الإطاحة بالخلية. والله الهادي إلى سواء السبيل."))
                .extracting(Entity::canonical).containsOnly("الله");
        // names that hold الله keep it
        assertThat(STAGE.entities("وقال عبد الله الحكيم إن الأمر انتهى، وأكد عمار الحكيم ذلك."))
                .extracting(Entity::canonical).contains("عبد الله الحكيم", "عمار الحكيم");
    }

    @Test
    void aPersonsSpanRunningIntoAKnownPlaceKeepsItsWordsBeforeIt() {
        assertThat(STAGE.entities("وأقيم الحفل في مدرسة عمر بن الخطاب بعنيزة أمس.")).extracting(Entity::canonical)
                .contains("عمر بن الخطاب", "عنيزة");
    }

    @Test
    void wawBeforeTheArticleIsNoPartOfAName() {
        // و glued to the article, the name standing nowhere bare in the text: cut as a preposition is (بالدوحة)
        assertThat(STAGE.entities("وقصفت الطائرات إدلب واللاذقية والقرداحة أمس.")).extracting(Entity::canonical)
                .contains("اللاذقية", "القرداحة").noneMatch(c -> c.startsWith("\u0648\u0627\u0644")); // وال
    }

    @Test
    void aGovernmentBodyIsFoundByItsShape() {
        // the tagger, trained on ANERcorp, names no ministry: the noun, what the body is for, its adjectives
        List<Entity> es = STAGE.entities("أعلنت وزارة الداخلية السعودية، اليوم، القبض على خلية، فيما أكدت "
                + "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد أن الخطب ستتناول الحادث، ونسقت بوزارة الصحة "
                + "وشرطة منطقة الرياض مع الهيئة العامة للسياحة والتراث الوطني.");
        // the country's adjective is no part of it (as Kursk's is none of Kursk's)
        assertThat(es).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::canonical).contains(
                "وزارة الداخلية", "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد", "وزارة الصحة",
                "شرطة منطقة الرياض", "الهيئة العامة للسياحة والتراث الوطني");
        // after a definite noun only an adjective is the body's; a teaching staff is no body
        assertThat(STAGE.entities("وقالت البلدية التي افتتحت الحديقة إن أعضاء هيئة التدريس في الجامعة حضروا."))
                .extracting(Entity::canonical).noneMatch(c -> c.startsWith("\u0627\u0644\u0628\u0644\u062F\u064A\u0629")
                        || c.contains("\u0627\u0644\u062A\u062F\u0631\u064A\u0633")); // البلدية, التدريس
    }

    @Test
    void aBodysNameEndsWhereAnAdjectiveDoesNotAgreeWithIt() {
        // a masculine adjective describes the website, not the ministry or the directorate; the ministry with the
        // article is one named before
        List<Entity> es = STAGE.entities("وأتاحت الخدمة عبر موقع الوزارة الإلكتروني، وقالت الوزارة المعنية إن موقع "
                + "المديرية العامة للجوازات الإلكتروني جاهز، وأعلنت الهيئة العامة للطيران المدني وبلدية الحليفة السفلى ذلك.");
        assertThat(es).extracting(Entity::canonical).contains("المديرية العامة للجوازات",
                "الهيئة العامة للطيران المدني", "بلدية الحليفة السفلى")
                .noneMatch(c -> c.startsWith("\u0627\u0644\u0648\u0632\u0627\u0631\u0629") // الوزارة
                        || c.endsWith("\u0627\u0644\u0625\u0644\u0643\u062A\u0631\u0648\u0646\u064A")); // الإلكتروني
        // a body's noun after و begins a second body
        assertThat(STAGE.entities("وشاركت أمانة الأحساء والهيئة الملكية للجبيل في المعرض.")).extracting(Entity::canonical)
                .contains("أمانة الأحساء", "الهيئة الملكية للجبيل");
    }

    @Test
    void syriaWrittenSuriyaIsSyriaWhereAPlaceStands() {
        // سورية is Syria's other spelling and, after an indefinite noun, the adjective "Syrian"
        assertThat(STAGE.entities("وقال مسؤول إن الحرب في سورية مستمرة، وإن داعش ينشط في العراق وسورية."))
                .filteredOn(e -> "Syria".equals(e.latin())).singleElement()
                .satisfies(e -> assertThat(e.mentions()).contains("سورية", "وسورية"));
        assertThat(STAGE.entities("أسقطت مقاتلة سورية طائرة مسيرة، وقالت عائلة سورية لاجئة إنها فقدت منزلها."))
                .extracting(Entity::latin).doesNotContain("Syria");
    }

    @Test
    void aGivenNameAfterWawInAListIsThePerson() {
        // و and a given name, whose name stands nowhere alone in the text: the same person as without it
        List<Entity> es = STAGE.entities("وشارك في التدريب اللاعبون ياسر القحطاني ونايف هزازي وخالد الغامدي، وغاب سعود كريري.");
        assertThat(es).extracting(Entity::canonical).contains("نايف هزازي", "خالد الغامدي")
                .noneMatch(c -> c.startsWith("\u0648\u0646\u0627\u064A\u0641") || c.startsWith("\u0648\u062E\u0627\u0644\u062F"));
        Entity alone = STAGE.entities("وأكد نايف هزازي جاهزيته للمباراة.").stream()
                .filter(e -> e.canonical().equals("نايف هزازي")).findFirst().orElseThrow();
        assertThat(es).filteredOn(e -> e.canonical().equals("نايف هزازي")).singleElement()
                .extracting(Entity::id).isEqualTo(alone.id());
        // a given name that itself begins with و keeps it
        assertThat(STAGE.entities("وقال اللاعب وليد عبدالله إن الفريق جاهز.")).extracting(Entity::canonical)
                .noneMatch(c -> c.startsWith("\u0644\u064A\u062F")); // ليد
    }

    @Test
    void shippedGazetteersLoad() {
        assertThat(Countries.all()).hasSizeGreaterThan(240)
                .anySatisfy(c -> assertThat(c.english()).isEqualTo("Azerbaijan"));
        // the short names Mirsad adds are the entities', not the tagger's: its features read the vendored tables
        assertThat(Countries.all()).filteredOn(c -> c.alpha3().equals("usa")).singleElement()
                .satisfies(c -> assertThat(c.arabic()).contains("الولايات المتحدة", "أمريكا", "أميركا"));
        assertThat(Countries.vendored()).filteredOn(c -> c.alpha3().equals("usa")).singleElement()
                .satisfies(c -> assertThat(c.arabic()).contains("الولايات المتحدة").doesNotContain("أمريكا"));
        assertThat(Countries.vendored()).hasSameSizeAs(Countries.all());
        // the English name news uses, not the official one (Syrian Arab Republic, Russian Federation)
        assertThat(Countries.all()).filteredOn(c -> List.of("syr", "rus", "irn", "gbr").contains(c.alpha3()))
                .extracting(c -> c.english()).containsExactlyInAnyOrder("Syria", "Russia", "Iran", "United Kingdom");
        assertThat(ActorDictionary.all()).hasSizeGreaterThan(5000)
                .anySatisfy(a -> {
                    assertThat(a.name()).isEqualTo("دميتري بيسكوف");
                    assertThat(a.code()).isEqualTo("RUSGOV");
                });
    }
}
