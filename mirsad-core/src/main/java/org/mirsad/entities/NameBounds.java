package org.mirsad.entities;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.ner.Token;

/**
 * Where a tagger's name span holds more than one name, or part of what is no name. Read off the first 20,000
 * SaudiNewsNet articles' entities: a list of names that dashes part (الموقوفين ( ماجد مصطفى النافع - معن محمد
 * الشبانات- عبدالإله الموسى - …) was one person; a span ran past a bracket or quote it did not open (سي) الأمريكية of
 * «(إن.بي.سي) الأمريكية», منظمة «جي ستريت); a number that goes on as a decimal ended a name (الدولار 0 of «الدولار
 * 0.5 في المئة»), and that form became the dollar's name in 17 articles; the tagger named pieces of dotted
 * abbreviations (بي of إيه.بي.سي).
 */
final class NameBounds {

    private static final String OPENERS = "(«[{“";
    private static final String CLOSERS = ")»]}”";
    private static final String DASHES = "-\u2013\u2014";
    /** Marks that make a number go on: a decimal point or comma (ASCII or Arabic), a percent sign. */
    private static final String NUMBER_GOES_ON = ".,\u066B\u066C%\u066A";
    /** The longest piece of a dotted abbreviation: إيه, اتش, ار. */
    private static final int MAX_PIECE = 3;

    private NameBounds() {
    }

    /**
     * The runs of tokens {@code first..last} that are names, or null when the span is one (no punctuation in it,
     * as most are). A bracket or quote the span does not close keeps the side inside it (منظمة «جي ستريت → جي
     * ستريت; سي) الأمريكية → سي). A person's span is cut at a dash where the names on either side have two words
     * each, or one of them three (a list of names); a dash between shorter parts is one name's (تشونغ مونغ - جون,
     * جان-كيفن).
     */
    static List<int[]> parts(List<Token> s, int first, int last, boolean person) {
        boolean punctuation = false;
        for (int i = first; i <= last && !punctuation; i++) {
            punctuation = !MentionFinder.isWord(s.get(i));
        }
        if (!punctuation) {
            return null;
        }
        int from = first;
        int to = last;
        for (int i = first; i <= to; i++) {
            char c = s.get(i).text().charAt(0);
            int open = OPENERS.indexOf(c);
            int close = CLOSERS.indexOf(c);
            if (open >= 0 && find(s, i + 1, to, CLOSERS.charAt(open)) < 0) {
                from = i + 1;
            } else if (close >= 0 && find(s, from, i - 1, OPENERS.charAt(close)) < 0) {
                to = i - 1;
            }
        }
        List<int[]> out = new ArrayList<>(2);
        if (!person) {
            out.add(new int[] {from, to});
            return out;
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            if (isDash(s.get(i)) && (listSeparator(s, start, i, nextDash(s, i + 1, to)))) {
                out.add(new int[] {start, i - 1});
                start = i + 1;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    /**
     * Whether the dash at {@code dash} parts two names: the words from {@code start} to it and from it to
     * {@code end} (the next dash, or past the span).
     */
    private static boolean listSeparator(List<Token> s, int start, int dash, int end) {
        int left = words(s, start, dash - 1);
        int right = words(s, dash + 1, end - 1);
        return left >= 2 && right >= 2 || left >= 3 || right >= 3;
    }

    private static int nextDash(List<Token> s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (isDash(s.get(i))) {
                return i;
            }
        }
        return to + 1;
    }

    private static int words(List<Token> s, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            if (MentionFinder.isWord(s.get(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isDash(Token t) {
        return t.text().length() == 1 && DASHES.indexOf(t.text().charAt(0)) >= 0;
    }

    /** The first token from {@code from} to {@code to} that begins with {@code c}, or -1. */
    private static int find(List<Token> s, int from, int to, char c) {
        for (int i = from; i <= to; i++) {
            if (s.get(i).text().charAt(0) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The bounds of the dotted abbreviation the word at {@code start..end} is a piece of, or null: the tokeniser
     * parts إيه.بي.سي (ABC), اس.بي.دي.ار (SPDR) at their dots, and the tagger named a piece (بي was an organisation
     * in 102 of the first 20,000 SaudiNewsNet articles). Three pieces or more of up to three letters or digits
     * each, so that a name glued to the sentence before it (أمس.محمد) is never one.
     */
    static int[] abbreviation(String text, int start, int end) {
        if (end - start > MAX_PIECE || !isPiece(text, start, end)) {
            return null;
        }
        int pieces = 1;
        int from = start;
        while (from >= 2 && text.charAt(from - 1) == '.') {
            int piece = from - 1;
            while (piece > 0 && Character.isLetterOrDigit(text.charAt(piece - 1))) {
                piece--;
            }
            if (!isPiece(text, piece, from - 1)) {
                break;
            }
            from = piece;
            pieces++;
        }
        int to = end;
        while (to + 1 < text.length() && text.charAt(to) == '.') {
            int piece = to + 1;
            while (piece < text.length() && Character.isLetterOrDigit(text.charAt(piece))) {
                piece++;
            }
            if (!isPiece(text, to + 1, piece)) {
                break;
            }
            to = piece;
            pieces++;
        }
        return pieces >= 3 ? new int[] {from, to} : null;
    }

    /** Whether {@code from..to} is one piece of an abbreviation: one to three letters or digits, nothing else. */
    private static boolean isPiece(String text, int from, int to) {
        if (to <= from || to - from > MAX_PIECE) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the number token {@code t} goes on in the text as a decimal or a percentage (0.5, 3,2, 10%). */
    static boolean numberGoesOn(String text, Token t) {
        if (!Character.isDigit(t.text().charAt(0)) || t.end() >= text.length()) {
            return false;
        }
        char next = text.charAt(t.end());
        if (next == '%' || next == '\u066A') {
            return true;
        }
        return NUMBER_GOES_ON.indexOf(next) >= 0 && t.end() + 1 < text.length() && Character.isDigit(text.charAt(t.end() + 1));
    }
}
