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
    private int position;
    private int limit;
    private int number;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] line = new byte[64];
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
                    return line(line, length, false, tooLong);
                }
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                return line(line, length, true, tooLong);
            }
            if (tooLong) {
                continue;
            }
            if (length == maxLineBytes) {
                tooLong = true;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(line.length * 2, maxLineBytes));
            }
            line[length++] = b;
        }
    }

    private Line line(byte[] line, int length, boolean ended, boolean tooLong) {
        number++;
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new Line(number, tooLong ? new byte[0] : Arrays.copyOf(line, end), ended, tooLong);
    }
}
