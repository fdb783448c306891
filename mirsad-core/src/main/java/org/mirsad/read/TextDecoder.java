package org.mirsad.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the encoding of Arabic text and decodes it. In order: a byte order mark (UTF-8, UTF-16 LE/BE)
 * decides; else the NUL pattern of UTF-16 without its mark; else a strict UTF-8 decode, kept when it fails on at most one byte in twenty of its
 * non-ASCII characters (a few stray bytes in a UTF-8 page are replaced and reported by offset); else
 * the two legacy Arabic code pages, windows-1256 and ISO-8859-6, are both tried and the decode with
 * the larger share of Arabic letters wins. The two differ from 0xD7 up: ISO-8859-6 text read as
 * windows-1256 turns ط ق ه و ي into Latin letters (× â ç è ê), windows-1256 text read as ISO-8859-6
 * turns ك ى ي into unmapped bytes and harakat, so the share of letters tells them apart. Text made
 * only of the letters both read as letters ties; then the reading with more of the definite article
 * "ال" (the most frequent Arabic bigram; ISO-8859-6 "ال" reads "ان" in windows-1256) wins, and a
 * full tie goes to windows-1256, by far the more common of the two on the web.
 */
final class TextDecoder {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final char ARABIC_LETTER_HAMZA = '\u0621';
    private static final char ARABIC_LETTER_GHAIN = '\u063A';
    private static final char ARABIC_TATWEEL = '\u0640';
    private static final char ARABIC_LETTER_FEH = '\u0641';
    private static final char ARABIC_LETTER_YEH = '\u064A';
    private static final char ARABIC_SUKUN = '\u0652';
    private static final String DEFINITE_ARTICLE = "\u0627\u0644"; // ARABIC LETTER ALEF, ARABIC LETTER LAM
    /** Below this share of Arabic letters, a non-UTF-8 text is not Arabic in a legacy code page. */
    private static final double MIN_ARABIC_SHARE = 0.5;
    private static final int MAX_OFFSETS_SHOWN = 5;

    private TextDecoder() {
    }

    /** The charset a byte order mark at the start of {@code bytes} names, or null. */
    static Charset byteOrderMark(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes {@code bytes[0, length)}, finding the encoding as the class comment says. */
    static DecodedText decode(byte[] bytes, int length) {
        Charset bom = byteOrderMark(bytes, length);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return withCharset(bytes, skip, length - skip, bom);
        }
        Charset utf16 = utf16WithoutMark(bytes, length);
        if (utf16 != null) {
            return withCharset(bytes, 0, length, utf16);
        }
        Utf8Result utf8 = decodeUtf8(bytes, 0, length);
        if (utf8.invalidOffsets.isEmpty() || utf8.invalidOffsets.size() * 20 <= utf8.validNonAscii) {
            return utf8.toDecoded();
        }
        String cp1256 = new String(bytes, 0, length, WINDOWS_1256);
        String iso = new String(bytes, 0, length, ISO_8859_6);
        double cp1256Share = arabicShare(cp1256);
        double isoShare = arabicShare(iso);
        boolean isoWins = isoShare > cp1256Share
                || isoShare == cp1256Share && count(iso, DEFINITE_ARTICLE) > count(cp1256, DEFINITE_ARTICLE);
        String best = isoWins ? iso : cp1256;
        if (Math.max(cp1256Share, isoShare) < MIN_ARABIC_SHARE || inWordShare(best) < MIN_ARABIC_SHARE) {
            return utf8.toDecoded();
        }
        return best == iso
                ? new DecodedText(iso, ISO_8859_6, List.of())
                : new DecodedText(cp1256, WINDOWS_1256, List.of());
    }

    /**
     * UTF-16 that lost its byte order mark (a pipeline stripped it): the NULs of its ASCII
     * characters (spaces, digits, line breaks) all fall on one side of each code unit, odd bytes for
     * little-endian, even for big-endian. Binary files have NULs on both sides. Null when not so.
     */
    static Charset utf16WithoutMark(byte[] bytes, int length) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int nuls = even + odd;
        if (length % 2 != 0 || nuls * 20 < length || Math.min(even, odd) * 50 > nuls) {
            return null;
        }
        return odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /**
     * Decodes with a charset a source declared (BOM, HTTP header, meta tag), replacing what does not
     * decode and saying so; offsets in warnings count from the start of {@code bytes}.
     */
    static DecodedText withCharset(byte[] bytes, int offset, int length, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return decodeUtf8(bytes, offset, length).toDecoded();
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            long replaced = text.chars().filter(c -> c == REPLACEMENT_CHARACTER).count();
            List<String> warnings = replaced == 0 ? List.of()
                    : List.of(replaced + " bytes not valid " + charset.name() + " replaced with U+FFFD");
            return new DecodedText(text, charset, warnings);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    /**
     * Whether decoded content is binary rather than text: a NUL, more than one control character in a
     * hundred (tab, line breaks, form feed and escape aside), or more than a quarter of the
     * characters replaced. Text editors and crawlers never write NULs into text; images and archives
     * are full of them.
     */
    static boolean looksBinary(String text) {
        int controls = 0;
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B || c == 0x7F) {
                controls++;
            } else if (c == REPLACEMENT_CHARACTER) {
                replaced++;
            }
        }
        return controls * 100 > text.length() || replaced * 4 > text.length();
    }

    /** Share of Arabic letters (hamza to yeh) among the non-ASCII characters of {@code text}. */
    static double arabicShare(String text) {
        int letters = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                nonAscii++;
                if (isArabicLetter(c)) {
                    letters++;
                }
            }
        }
        return nonAscii == 0 ? 0 : (double) letters / nonAscii;
    }

    /**
     * Share of Arabic letters that stand inside an Arabic word (next to another letter, a haraka or
     * tatweel). Real Arabic is written in words; the accented letters of a Latin-1 text read as
     * Arabic stand alone between Latin letters ("visitى").
     */
    static double inWordShare(String text) {
        int letters = 0;
        int inWord = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isArabicLetter(text.charAt(i))) {
                letters++;
                if (i > 0 && isArabicWordChar(text.charAt(i - 1)) || i + 1 < text.length() && isArabicWordChar(text.charAt(i + 1))) {
                    inWord++;
                }
            }
        }
        return letters == 0 ? 0 : (double) inWord / letters;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static boolean isArabicLetter(char c) {
        return c >= ARABIC_LETTER_HAMZA && c <= ARABIC_LETTER_GHAIN || c >= ARABIC_LETTER_FEH && c <= ARABIC_LETTER_YEH;
    }

    private static boolean isArabicWordChar(char c) {
        return isArabicLetter(c) || c >= ARABIC_TATWEEL && c <= ARABIC_SUKUN;
    }

    private static Utf8Result decodeUtf8(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        List<Long> invalid = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                invalid.add((long) in.position());
                out.put(REPLACEMENT_CHARACTER);
                in.position(in.position() + result.length());
            } else {
                throw new IllegalStateException("UTF-8 output never exceeds its input: " + result);
            }
        }
        out.flip();
        String text = out.toString();
        int validNonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F && c != REPLACEMENT_CHARACTER) {
                validNonAscii++;
            }
        }
        return new Utf8Result(text, invalid, validNonAscii);
    }

    private record Utf8Result(String text, List<Long> invalidOffsets, int validNonAscii) {

        DecodedText toDecoded() {
            if (invalidOffsets.isEmpty()) {
                return new DecodedText(text, StandardCharsets.UTF_8, List.of());
            }
            List<Long> shown = invalidOffsets.subList(0, Math.min(MAX_OFFSETS_SHOWN, invalidOffsets.size()));
            String more = invalidOffsets.size() > shown.size() ? ", ..." : "";
            String warning = invalidOffsets.size() + (invalidOffsets.size() == 1 ? " invalid UTF-8 sequence" : " invalid UTF-8 sequences")
                    + " replaced with U+FFFD at byte " + (shown.size() == 1 ? "offset " : "offsets ")
                    + String.join(", ", shown.stream().map(String::valueOf).toList()) + more;
            return new DecodedText(text, StandardCharsets.UTF_8, List.of(warning));
        }
    }
}
