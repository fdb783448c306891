package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> lines(byte[] bytes, int maxLineBytes) throws IOException {
        return lines(new ByteArrayInputStream(bytes), maxLineBytes);
    }

    private static List<LineReader.Line> lines(InputStream in, int maxLineBytes) throws IOException {
        LineReader reader = new LineReader(in, maxLineBytes);
        List<LineReader.Line> all = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            all.add(line);
        }
        return all;
    }

    private static String text(LineReader.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnLineFeedsAndDropsTheCarriageReturnOfCrlf() throws IOException {
        List<LineReader.Line> lines = lines("{\"a\":1}\r\n\nخبر عاجل\nlast".getBytes(StandardCharsets.UTF_8), 1000);
        assertThat(lines).extracting(LineReaderTest::text).containsExactly("{\"a\":1}", "", "خبر عاجل", "last");
        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(LineReader.Line::ended).containsExactly(true, true, true, false);
        assertThat(lines.get(1).blank()).isTrue();
        assertThat(lines.get(2).blank()).isFalse();
    }

    @Test
    void aFinalLineBreakMakesNoEmptyLineAfterIt() throws IOException {
        assertThat(lines("one\ntwo\n".getBytes(StandardCharsets.UTF_8), 100)).extracting(LineReaderTest::text)
                .containsExactly("one", "two");
        assertThat(lines(new byte[0], 100)).isEmpty();
    }

    @Test
    void keepsLinesWholeAcrossReadsOfAnyLength() throws IOException {
        // lines longer than the reader's buffer and its first line array, delivered a few bytes per read
        byte[] longLine = new byte[200_000];
        Arrays.fill(longLine, (byte) 'x');
        longLine[123_456] = 'y';
        byte[] input = new byte[longLine.length * 2 + 2];
        System.arraycopy(longLine, 0, input, 0, longLine.length);
        input[longLine.length] = '\n';
        System.arraycopy(longLine, 0, input, longLine.length + 1, longLine.length);
        input[input.length - 1] = '\n';
        InputStream trickle = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7_777));
            }
        };
        List<LineReader.Line> lines = lines(trickle, 1 << 20);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).bytes()).isEqualTo(longLine);
        assertThat(lines.get(1).bytes()).isEqualTo(longLine);
    }

    @Test
    void aLineOverTheLimitIsSkippedToItsEndAndMarked() throws IOException {
        byte[] input = "12345\n123456\n1234\n".getBytes(StandardCharsets.UTF_8);
        List<LineReader.Line> lines = lines(input, 5);
        assertThat(lines).extracting(LineReader.Line::tooLong).containsExactly(false, true, false);
        assertThat(lines).extracting(LineReaderTest::text).containsExactly("12345", "", "1234");
        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1, 2, 3);
        assertThat(lines.get(1).blank()).isFalse();
    }
}
