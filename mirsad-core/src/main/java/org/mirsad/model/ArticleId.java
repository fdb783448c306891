package org.mirsad.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.mirsad.collect.Hashing;

/**
 * Article ids: 16 hex digits of SHA-256 over the input's absolute path, the place in it and the
 * headline. The same file read twice gives the same ids; the same text from another file (a
 * duplicate) gets its own id, so that {@code duplicate_of} can name the canonical one.
 *
 * <p>Because the id names the folder, it must not decide anything about the content: where the
 * corpus stages need a last tie-break between exact copies, they use {@link #copyHash} instead.
 */
public final class ArticleId {

    private ArticleId() {
    }

    public static String of(Provenance source, String headline) {
        return hash(absolute(source.path()) + "#" + source.record() + "@" + source.offset() + ":" + source.fromLine()
                + "-" + source.toLine() + "\n" + (headline == null ? "" : headline));
    }

    /**
     * What tells exact copies apart without the input's folder: headline, outlet, URL, and the
     * record's place in its file by the file's name. The same crawl read from another folder gives
     * the same hashes (its ids differ), so a choice between copies made by this hash (the duplicate
     * group's canonical, the order stories place a day's articles in) is the same too. 64 bits
     * (FNV-1a, fmix64: {@link org.mirsad.collect.Hashing}).
     */
    public static long copyHash(Article article) {
        Provenance source = article.source();
        String path = source == null || source.path() == null ? "" : source.path();
        String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        String key = nullToEmpty(article.headline()) + '\u0000' + nullToEmpty(article.outlet()) + '\u0000'
                + (source == null ? "" : nullToEmpty(source.url()) + '\u0000' + file + '#' + source.record() + '@'
                + source.offset() + ':' + source.fromLine() + '-' + source.toLine());
        return Hashing.chars(key, 0, key.length());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** 16 hex digits of SHA-256 of the text: short ids for articles, entities and stories alike. */
    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String absolute(String path) {
        if ("-".equals(path)) {
            return path;
        }
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }
}
