package org.mirsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.mirsad.index.ArabicAnalyzer;
import org.mirsad.index.ArticleFields;
import org.mirsad.text.ArabicNormalizer;

/**
 * Lucene's classic query syntax over the article fields. Words without a field search the text
 * fields (headline weighs most) and the consonant-skeleton field with a low weight, so that a name
 * spelled another way (بوتن for بوتين) still finds the article below exact matches. A word or phrase
 * that is a known spelling of an entity also matches every article of that entity, whatever its
 * spelling there. {@code date:} takes ISO dates, months or years, alone or in ranges.
 */
final class ArticleQueryParser extends MultiFieldQueryParser {

    /** Weights of the default fields: the skeleton is a fallback, never above a real match. */
    static final Map<String, Float> BOOSTS = ArticleFields.BOOSTS;
    static final float ENTITY_BOOST = 1f;
    /** At most this many entity ids per spelling: a common word shared by many names adds no more. */
    static final int MAX_ENTITY_IDS = 20;

    /** One analyzer for all parsers: analyzers are thread-safe and reuse their token streams per thread. */
    private static final org.apache.lucene.analysis.Analyzer ANALYZER = ArticleFields.analyzer(ArabicAnalyzer.Side.QUERY);

    private final IndexReader reader;
    private final boolean variants;

    ArticleQueryParser(IndexReader reader) {
        this(reader, true);
    }

    /** With {@code variants} false, neither skeletons nor entity ids widen a word (for measuring them). */
    ArticleQueryParser(IndexReader reader, boolean variants) {
        super(ArticleFields.DEFAULT_FIELDS.stream().filter(f -> variants || !f.equals(ArticleFields.SKELETON))
                .toArray(String[]::new), ANALYZER, BOOSTS);
        this.variants = variants;
        this.reader = reader;
        setDefaultOperator(AND_OPERATOR);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
        setAllowLeadingWildcard(false);
    }

    /** Parses {@code text}; an empty or all-stop-word query gives null. */
    Query parseQuery(String text) {
        try {
            return parse(text);
        } catch (ParseException e) {
            throw new BadQueryException("cannot read the query: " + firstLine(e.getMessage())
                    + " (put phrases in \"quotes\"; escape : ( ) [ ] with \\)");
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (ArticleFields.DATE.equals(field)) {
            return dateRange(queryText, queryText);
        }
        return withEntities(field, queryText, super.getFieldQuery(field, queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return withEntities(field, queryText, super.getFieldQuery(field, queryText, slop));
    }

    /** For a query on the default fields: {@code base} OR the articles of entities so spelled. */
    private Query withEntities(String field, String queryText, Query base) {
        if (field != null || !variants) {
            return base;
        }
        List<String> ids = entityIds(queryText);
        if (ids.isEmpty()) {
            return base;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (base != null) {
            b.add(base, BooleanClause.Occur.SHOULD);
        }
        for (String id : ids) {
            b.add(new BoostQuery(new TermQuery(new Term(ArticleFields.ENTITY, id)), ENTITY_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (ArticleFields.DATE.equals(field)) {
            return dateRange(part1, part2);
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    /** An inclusive range of days; each end may be a year, a month, a day, or * (open). */
    static Query dateRange(String from, String to) throws ParseException {
        long lo = from == null || from.equals("*") ? Long.MIN_VALUE : firstDay(from).toEpochDay();
        long hi = to == null || to.equals("*") ? Long.MAX_VALUE : lastDay(to).toEpochDay();
        return LongPoint.newRangeQuery(ArticleFields.DATE, lo, hi);
    }

    static LocalDate firstDay(String s) throws ParseException {
        try {
            return switch (s.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
                case 7 -> YearMonth.parse(s).atDay(1);
                default -> LocalDate.parse(s);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ParseException("date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    static LocalDate lastDay(String s) throws ParseException {
        LocalDate first = firstDay(s);
        return switch (s.length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> YearMonth.from(first).atEndOfMonth();
            default -> first;
        };
    }

    /** Entity ids for which {@code text} (normalised) is a recorded spelling or a word of one. */
    private List<String> entityIds(String text) {
        String key = ArabicNormalizer.normalize(text).strip().toLowerCase(java.util.Locale.ROOT);
        List<String> ids = new ArrayList<>();
        if (key.isEmpty()) {
            return ids;
        }
        try {
            Terms terms = MultiTerms.getTerms(reader, ArticleFields.ENTITY_KEY);
            if (terms == null) {
                return ids;
            }
            BytesRef prefix = new BytesRef(key + ArticleFields.KEY_SEPARATOR);
            TermsEnum te = terms.iterator();
            if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                return ids;
            }
            for (BytesRef t = te.term(); t != null && ids.size() < MAX_ENTITY_IDS; t = te.next()) {
                if (!startsWith(t, prefix)) {
                    break;
                }
                ids.add(t.utf8ToString().substring(prefix.utf8ToString().length()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static boolean startsWith(BytesRef t, BytesRef prefix) {
        if (t.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
