package org.mirsad.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: 16 hex digits of SHA-256 over the input's absolute path, the place in it and the
 * headline. The same file read twice gives the same ids; the same text from another file (a
 * duplicate) gets its own id, so that {@code duplicate_of} can name the canonical one.
 */
public final class ArticleId {

    private ArticleId() {
    }

    public static String of(Provenance source, String headline) {
        return hash(absolute(source.path()) + "#" + source.record() + "@" + source.offset() + ":" + source.fromLine()
                + "-" + source.toLine() + "\n" + (headline == null ? "" : headline));
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
