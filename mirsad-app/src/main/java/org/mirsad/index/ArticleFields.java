package org.mirsad.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The field names of the article index and how each is analysed. Query syntax uses these names
 * ({@code headline:كاراباخ}, {@code outlet:"Al Mayadeen"}, {@code date:[2023-09-01 TO 2023-09-30]}).
 */
public final class ArticleFields {

    // Analysed text (Arabic chain, light stems), stored for snippets.
    public static final String HEADLINE = "headline";
    public static final String LEDE = "lede";
    public static final String BODY = "body";
    public static final String CAPTIONS = "captions";
    /** Quotation text; {@link #SPEAKER} holds the speakers' names. */
    public static final String QUOTES = "quotes";
    public static final String SPEAKER = "speaker";
    /** Every spelling of every entity in the article. */
    public static final String ENTITY_NAMES = "entity_names";
    /** Consonant skeletons of all the text (spelling variants of names), not stored. */
    public static final String SKELETON = "skeleton";
    /**
     * The words of every {@link #TEXT_FIELDS text field} once more in one field (documents only: no
     * frequencies, positions or norms; not stored), plus {@link #ALL_TEXT_MARK}. Passes that only ask
     * which documents match (the count, the facets) read one posting list per word here instead of six.
     */
    public static final String ALL_TEXT = "all_text";
    /**
     * A term every document indexed with {@link #ALL_TEXT} has in that field: a segment in which all
     * documents have it can be matched on {@link #ALL_TEXT} (an index written before it cannot).
     */
    public static final String ALL_TEXT_MARK = "\u0000";

    // Exact values (keywords).
    public static final String ID = "id";
    public static final String OUTLET = "outlet";
    public static final String AGENCY = "agency";
    public static final String ENTITY = "entity";
    public static final String SPEAKER_ID = "speaker_id";
    public static final String STORY = "story";
    public static final String EVENT = "event";
    public static final String DUPLICATE_OF = "duplicate_of";
    /** "true" for a canonical article, "false" for a duplicate. */
    public static final String CANONICAL = "canonical";
    /** The canonical article's id (its own for a canonical one): what duplicates collapse on. */
    public static final String GROUP = "group";
    public static final String DAY = "day";
    public static final String MONTH = "month";
    /** Epoch day: a point for ranges and a doc value for sorting. */
    public static final String DATE = "date";
    /** "normalised variant" U+001F "entity id": finds the entity ids a spelling belongs to. */
    public static final String ENTITY_KEY = "entity_key";
    /** The article as JSON (the {@code extract} form), stored only. */
    public static final String JSON = "json";

    public static final char KEY_SEPARATOR = '\u001F';

    /** The analysed text fields a query without a field name searches (all but the skeleton), folded into {@link #ALL_TEXT}. */
    public static final List<String> TEXT_FIELDS = List.of(HEADLINE, LEDE, BODY, CAPTIONS, QUOTES, ENTITY_NAMES);

    /** Fields a query without a field name searches, with their weights. */
    public static final List<String> DEFAULT_FIELDS = List.of(HEADLINE, LEDE, BODY, CAPTIONS, QUOTES, ENTITY_NAMES,
            SKELETON);

    /**
     * Weights of the default fields (any backend): the skeleton is a fallback, never above a real match.
     */
    public static final java.util.Map<String, Float> BOOSTS = java.util.Map.of(
            HEADLINE, 3f, LEDE, 2f, BODY, 1f, CAPTIONS, 0.8f, QUOTES, 1f, ENTITY_NAMES, 1.5f, SKELETON, 0.3f);

    /**
     * Fields that hold text and can give a snippet, best first. They are also the only text fields the index
     * stores ({@link ArticleDocument}): a snippet is the one thing that reads a text field back; the rest
     * (quotes, speakers, entity names, the skeleton) are indexed only.
     */
    public static final List<String> SNIPPET_FIELDS = List.of(BODY, LEDE, HEADLINE, CAPTIONS);

    /** Facet dimensions, in the order the API lists them. */
    public static final List<String> FACETS = List.of(OUTLET, MONTH, DAY, ENTITY, STORY, EVENT, AGENCY);

    static final Set<String> KEYWORDS = Set.of(ID, OUTLET, AGENCY, ENTITY, SPEAKER_ID, STORY, EVENT, DUPLICATE_OF,
            CANONICAL, GROUP, DAY, MONTH, ENTITY_KEY);

    private ArticleFields() {
    }

    /** The analyzer of every field, for one side (index or query). */
    public static Analyzer analyzer(ArabicAnalyzer.Side side) {
        java.util.Map<String, Analyzer> perField = new java.util.HashMap<>();
        Analyzer keyword = new KeywordAnalyzer();
        KEYWORDS.forEach(f -> perField.put(f, keyword));
        perField.put(SKELETON, new ArabicAnalyzer(side, ArabicAnalyzer.Form.SKELETON));
        return new PerFieldAnalyzerWrapper(new ArabicAnalyzer(side, ArabicAnalyzer.Form.STEM), perField);
    }

    /** The facet configuration: which dimensions hold several values per article. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(ENTITY, EVENT, AGENCY)) {
            config.setMultiValued(dim, true);
        }
        return config;
    }
}
