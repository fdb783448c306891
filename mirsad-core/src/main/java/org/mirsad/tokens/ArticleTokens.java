package org.mirsad.tokens;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.ner.Token;
import org.mirsad.ner.Tokenizer;

/**
 * One article's text tokenised once for the stages that read its words: the text the analysis stages read
 * ({@link Article#fullText}: headline, lede and blocks, blank lines between), split into sentences of
 * tokens by NER's {@link Tokenizer}, each token with its {@link WordRecord} found by one look-up in one
 * table shared by every stage. A stage that reads the article a piece at a time takes the pieces from
 * {@link #parts} (headline, lede, blocks, each with where it stands among the tokens), and when it
 * tokenises a piece its own way (the events' text tokens of each sentence) it finds its token's record by
 * place ({@link Part#cursor}, {@link Part#alike}) when the two tokenisers cut the word alike, which is
 * nearly always, instead of looking the word up again.
 *
 * <p>Made by the pipeline once per article ({@link org.mirsad.pipeline.Stage#apply(Article, ArticleTokens)})
 * and tokenised on the first question; not thread-safe (one article is analysed on one thread).
 */
public final class ArticleTokens {

    /**
     * Recent written words: news vocabulary is skewed, and the records' values (readings, lexicon entries,
     * the tagger's word) cost more to work out than the rest of a stage's work on a token. Generations of
     * 150,000 words, the tagger's own word cache's ({@code NerWord}): with 50,000 the records of a crawl's
     * words were made again and again (news records 10,000-20,000 after 0-10,000: 22.7 records made an
     * article against 8.5, where 7.1 are words never seen), which cost the stateless stages 7-8% of their CPU
     * on records they had not seen (docs/performance.md, history 67). A record holds ~600 bytes with its
     * values, so the two full generations cost ~120 MB of heap more than with 50,000: bounded, not per article.
     */
    private static final RecordTable RECORDS = new RecordTable(150_000);

    private final String text;
    /** the article whose text this is, or null for {@link #of(String)} */
    private final Article article;
    /** where the lede starts in {@link #text}, or -1 when the text leaves it out (null or empty) */
    private final int ledeStart;
    /** where each block starts in {@link #text} */
    private final int[] blockStarts;
    private List<Piece> parts;

    /**
     * every token's start, end and record in text order, for {@link #at}; the first {@link #count} of each
     * array (the arrays are made for the text's length before it is cut, not trimmed after)
     */
    private int[] starts;
    private int[] ends;
    private WordRecord[] flat;
    private int count = -1;
    /** the tokens' {@link RecordTable#hash}es while the text is cut */
    private int[] hashes;
    /** the token index after each sentence's last token; the first {@link #sentenceCount} */
    private int[] sentenceEnds;
    private int sentenceCount;
    /** {@link #records(int)} of each sentence, made on the first question */
    private WordRecord[][] sentenceRecords;
    private List<List<Token>> sentences;

    private ArticleTokens(String text, Article article, int ledeStart, int[] blockStarts) {
        this.text = text;
        this.article = article;
        this.ledeStart = ledeStart;
        this.blockStarts = blockStarts;
    }

    /** The article's text as {@link Article#fullText} builds it, with where each part starts. */
    public static ArticleTokens of(Article article) {
        Article.FullText full = article.fullTextParts();
        return new ArticleTokens(full.text(), article, full.ledeStart(), full.blockStarts());
    }

    /** Any text as one part: as an article of a headline alone ({@link #parts}). */
    public static ArticleTokens of(String text) {
        return new ArticleTokens(text, null, -1, new int[0]);
    }

    /** The whole text: {@link Article#fullText} for an article. */
    public String text() {
        return text;
    }

    /**
     * The pieces of the article's text in order: the headline, the lede (unless it is null) and every block,
     * each with where it stands among the tokens. The stages that read the article a piece at a time (events,
     * quotes, dates, story terms) pick theirs from here. For {@link #of(String)}, the text as a headline.
     */
    public List<Piece> parts() {
        if (parts == null) {
            parts = article == null ? List.of(new Piece(Piece.Kind.HEADLINE, -1, text, part(0))) : piecesOf(article);
        }
        return parts;
    }

    private List<Piece> piecesOf(Article a) {
        List<Block> blocks = a.blocks();
        List<Piece> out = new ArrayList<>(blocks.size() + 2);
        out.add(new Piece(Piece.Kind.HEADLINE, -1, a.headline(), part(0)));
        if (a.lede() != null) {
            out.add(new Piece(Piece.Kind.LEDE, -1, a.lede(), part(ledeStart)));
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Piece.Kind kind = b.kind() == Block.Kind.PARAGRAPH ? Piece.Kind.PARAGRAPH : Piece.Kind.SUBHEAD;
            out.add(new Piece(kind, i, b.text(), part(blockStarts[i])));
        }
        return List.copyOf(out);
    }

    /**
     * A piece of an article's text ({@link #parts}): its headline, its lede or its block {@code block} (-1 for
     * the others), as written, with where it stands among the tokens ({@code at}; null when the tokens' text
     * leaves it out, as it leaves out an empty lede).
     */
    public record Piece(Kind kind, int block, String text, Part at) {

        /** What a piece is: a block is a paragraph or a subheading. */
        public enum Kind { HEADLINE, LEDE, PARAGRAPH, SUBHEAD }
    }

    /**
     * The sentences of the text as {@link Tokenizer#sentences} cuts them: views of the tokens kept by place,
     * each {@link Token} made when asked for (its text the record's).
     */
    public List<List<Token>> sentences() {
        tokenise();
        if (sentences == null) {
            List<List<Token>> out = new ArrayList<>(sentenceCount);
            for (int k = 0; k < sentenceCount; k++) {
                out.add(new SentenceTokens(k == 0 ? 0 : sentenceEnds[k - 1], sentenceEnds[k]));
            }
            sentences = List.copyOf(out);
        }
        return sentences;
    }

    /** A sentence's tokens ({@link #sentences}), tokens {@code from} to {@code to} (exclusive) of the text. */
    private final class SentenceTokens extends AbstractList<Token> {
        private final int from;
        private final int to;

        SentenceTokens(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Token get(int i) {
            int j = from + java.util.Objects.checkIndex(i, to - from);
            return new Token(flat[j].text(), starts[j], ends[j]);
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    /** The records of sentence {@code k}'s tokens, in order. */
    public WordRecord[] records(int k) {
        tokenise();
        if (sentenceRecords == null) {
            sentenceRecords = new WordRecord[sentenceCount][];
        }
        WordRecord[] r = sentenceRecords[k];
        if (r == null) {
            r = Arrays.copyOfRange(flat, k == 0 ? 0 : sentenceEnds[k - 1], sentenceEnds[k]);
            sentenceRecords[k] = r;
        }
        return r;
    }

    /** How many tokens the text has, all sentences together ({@link #start}, {@link #end}, {@link #record}). */
    public int count() {
        tokenise();
        return count;
    }

    /** Where token {@code i} of the whole text (in text order) starts in {@link #text}. */
    public int start(int i) {
        return starts[i];
    }

    /** Where token {@code i} ends ({@link #start}). */
    public int end(int i) {
        return ends[i];
    }

    /** The record of token {@code i} ({@link #start}). */
    public WordRecord record(int i) {
        return flat[i];
    }

    /** The index of the first token that starts at or after {@code offset} ({@link #count} when none does). */
    public int firstAt(int offset) {
        tokenise();
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The tokens of {@code start..end} of the text (indices {@code from} to {@code to}, exclusive) when the
     * text layer's tokenizer ({@link org.mirsad.text.ArabicTokenizer}) cuts that span into the same words:
     * every token an Arabic word or a single punctuation character ({@link WordRecord#isArabicWord},
     * {@link WordRecord#isPunctuation}), none running over either end. What NER's tokenizer skips (white
     * space, the zero-width non-joiner) gives no word there either; the text layer keeps the punctuation
     * as tokens of its own. Else null: digits and Latin letters the two cut differently (3.5, عام2015).
     */
    public Range alike(int start, int end) {
        tokenise();
        int from = firstAt(start);
        if (from > 0 && ends[from - 1] > start) {
            return null; // a token runs into the span from before it
        }
        int to = from;
        for (; to < count && starts[to] < end; to++) {
            WordRecord r = flat[to];
            if (ends[to] > end || !r.isArabicWord() && !r.isPunctuation()) {
                return null;
            }
        }
        return new Range(from, to);
    }

    /** Token indices {@code from} to {@code to} (exclusive) of the whole text ({@link #start}). */
    public record Range(int from, int to) {
    }

    /**
     * A reader of records by place for spans asked in text order ({@link Cursor#at}): it walks the tokens
     * forward where {@link #at} searches them all for every span.
     */
    public Cursor cursor() {
        return cursor(0);
    }

    private Cursor cursor(int offset) {
        tokenise();
        return new Cursor(offset);
    }

    /** See {@link Part}; null when {@code offset} is negative (the text leaves the piece out). */
    private Part part(int offset) {
        return offset < 0 ? null : new Part(this, offset);
    }

    /**
     * A piece of the text that a stage tokenises on its own (a piece of the article, {@link #parts}, or a
     * sentence of one, {@link #from}), which starts at {@code offset} of the text: the piece's places are its
     * own (0 at its start), and its token at {@code start..end} is the text's token at {@code offset +
     * start..offset + end} when both tokenisers cut the word there.
     */
    public record Part(ArticleTokens tokens, int offset) {

        /** The piece of this one that starts at its place {@code start} (a sentence of a paragraph). */
        public Part from(int start) {
            return new Part(tokens, offset + start);
        }

        /**
         * The tokens that start in the piece's first {@code length} characters: its own tokens, as NER's
         * tokenizer cuts the piece alone, when the piece is a whole part of the article (blank lines stand
         * around each in the text, and a token ends at a line break).
         */
        public Range within(int length) {
            int from = tokens.firstAt(offset);
            int to = from;
            while (to < tokens.count() && tokens.start(to) < offset + length) {
                to++;
            }
            return new Range(from, to);
        }

        /** The record of token {@code i} of the whole text ({@link ArticleTokens#record}). */
        public WordRecord record(int i) {
            return tokens.record(i);
        }

        /** {@link ArticleTokens#cursor} in the piece's places. */
        public Cursor cursor() {
            return tokens.cursor(offset);
        }

        /** {@link ArticleTokens#alike} for the piece's first {@code length} characters. */
        public Range alike(int length) {
            return tokens.alike(offset, offset + length);
        }

        /** Where token {@code i} of the whole text starts, in the piece's places. */
        public int start(int i) {
            return tokens.start(i) - offset;
        }

        /** Where token {@code i} of the whole text ends, in the piece's places. */
        public int end(int i) {
            return tokens.end(i) - offset;
        }
    }

    /** See {@link #cursor}. */
    public final class Cursor {
        /** what to add to a place asked for to make it one of {@link #text} */
        private final int offset;
        /** the first token not yet passed, or -1 before the first question */
        private int next = -1;

        private Cursor(int offset) {
            this.offset = offset;
        }

        /**
         * As {@link ArticleTokens#at} (the places taken from the cursor's {@link Part}, if any); cheapest when
         * each span starts after the one asked before.
         */
        public WordRecord at(int spanStart, int spanEnd) {
            int start = offset + spanStart;
            int end = offset + spanEnd;
            if (next < 0 || next > 0 && starts[next - 1] >= start) {
                next = firstAt(start); // the first question, or one out of order: search
            } else {
                while (next < count && starts[next] < start) {
                    next++;
                }
            }
            if (next < count && starts[next] == start && ends[next] == end) {
                return flat[next++];
            }
            return null;
        }
    }

    /** The record of the token that spans exactly {@code start..end} of {@link #text}, or null when none does. */
    public WordRecord at(int start, int end) {
        tokenise();
        int i = Arrays.binarySearch(starts, 0, count, start);
        return i >= 0 && ends[i] == end ? flat[i] : null;
    }

    private void tokenise() {
        if (count >= 0) {
            return;
        }
        // about one token per five chars of news text (a word, its space, the odd punctuation): room for a
        // quarter more, so the arrays seldom grow
        int room = text.length() / 4 + 8;
        starts = new int[room];
        ends = new int[room];
        flat = new WordRecord[room];
        sentenceEnds = new int[room / 8 + 4];
        count = 0;
        hashes = new int[room];
        Tokenizer.cut(text, new Tokenizer.Cuts() {
            @Override
            public void token(int start, int end) {
                if (count == starts.length) {
                    grow();
                }
                starts[count] = start;
                ends[count] = end;
                hashes[count++] = RecordTable.hash(text, start, end);
            }

            @Override
            public void sentenceEnd() {
                if (sentenceCount == sentenceEnds.length) {
                    sentenceEnds = Arrays.copyOf(sentenceEnds, sentenceCount * 2);
                }
                sentenceEnds[sentenceCount++] = count;
            }
        });
        // the records once every token's place is known: one loop of look-ups the processor overlaps
        RECORDS.getAll(text, starts, ends, hashes, count, flat);
        hashes = null;
    }

    private void grow() {
        int room = count + (count >> 1) + 8;
        starts = Arrays.copyOf(starts, room);
        ends = Arrays.copyOf(ends, room);
        flat = Arrays.copyOf(flat, room);
        hashes = Arrays.copyOf(hashes, room);
    }
}
