package org.mirsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A whole page read into memory, never more than the limits allow: reading stops at the first
 * byte past {@link ReadOptions#maxPageBytes()} or, when lines are limited, past a line of
 * {@link ReadOptions#maxLineBytes()} bytes, so a 50 MB dump costs one megabyte, not fifty.
 *
 * @param bytes   the bytes read (only {@code length} of them count)
 * @param length  how many were read
 * @param problem why the page is not taken, or null when it was read whole
 */
record PageBytes(byte[] bytes, int length, String problem) {

    private static final int CHUNK = 1 << 16;

    static PageBytes read(InputStream in, ReadOptions options, boolean limitLines) throws IOException {
        byte[] buf = new byte[Math.min(CHUNK, options.maxPageBytes() + 1)];
        int length = 0;
        int lines = 0;
        int lineLength = 0;
        while (true) {
            if (length == buf.length) {
                if (buf.length > options.maxPageBytes()) {
                    return tooBig(buf, length, "larger than the page limit of " + options.maxPageBytes() + " bytes");
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, options.maxPageBytes() + 1L));
            }
            int n = in.read(buf, length, buf.length - length);
            if (n < 0) {
                break;
            }
            for (int i = length; i < length + n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                    lineLength = 0;
                } else if (++lineLength > options.maxLineBytes() && limitLines) {
                    return tooBig(buf, i, "line " + (lines + 1) + " is longer than " + options.maxLineBytes()
                            + " bytes: no text structure (one giant line)");
                }
            }
            length += n;
            if (length > options.maxPageBytes()) {
                return tooBig(buf, length, "larger than the page limit of " + options.maxPageBytes() + " bytes");
            }
        }
        return new PageBytes(buf, length, null);
    }

    private static PageBytes tooBig(byte[] buf, int length, String problem) {
        return new PageBytes(buf, length, problem);
    }

    /**
     * Without the last character when a cut stream stopped in the middle of it (a UTF-8 lead byte
     * whose continuation bytes never came): an artefact of the cut, not bad data to warn about.
     */
    PageBytes withoutPartialCharacter() {
        for (int back = 1; back <= 3 && back <= length; back++) {
            int b = bytes[length - back] & 0xff;
            if ((b & 0xC0) == 0x80) {
                continue; // a continuation byte: its lead is further back
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? new PageBytes(bytes, length - back, problem) : this;
        }
        return this;
    }

    boolean ok() {
        return problem == null;
    }
}
