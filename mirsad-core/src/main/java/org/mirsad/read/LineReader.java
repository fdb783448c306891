package org.mirsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding, holding at most one line of at most
 * {@code maxLineBytes} in memory; a longer line is skipped to its end and reported as too long.
 */
final class LineReader {

    /**
     * One line.
     *
     * @param number  1-based line number
     * @param bytes   the line without its line break (empty when too long)
     * @param ended   whether a line break ended it (false for the last line of a file without one)
     * @param tooLong whether it was longer than the limit, and so not kept
     */
    record Line(int number, byte[] bytes, boolean ended, boolean tooLong) {

        boolean blank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return !tooLong;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    /** The line being read; grown as lines need, up to the limit, and kept for the next. */
    private byte[] scratch = new byte[1 << 12];
    private int position;
    private int limit;
    private int number;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return line(length, false, tooLong);
                }
            }
            any = true;
            // the rest of the line within the buffer, copied in one piece: lines run to kilobytes
            int from = position;
            int newline = from;
            while (newline < limit && buffer[newline] != '\n') {
                newline++;
            }
            position = newline < limit ? newline + 1 : limit;
            if (!tooLong) {
                int take = newline - from;
                if (length + take > maxLineBytes) {
                    tooLong = true;
                } else {
                    if (length + take > scratch.length) {
                        scratch = Arrays.copyOf(scratch, Math.min(Math.max(scratch.length * 2, length + take), maxLineBytes));
                    }
                    System.arraycopy(buffer, from, scratch, length, take);
                    length += take;
                }
            }
            if (newline < limit) {
                return line(length, true, tooLong);
            }
        }
    }

    private Line line(int length, boolean ended, boolean tooLong) {
        number++;
        int end = length > 0 && scratch[length - 1] == '\r' ? length - 1 : length;
        return new Line(number, tooLong ? new byte[0] : Arrays.copyOf(scratch, end), ended, tooLong);
    }
}
