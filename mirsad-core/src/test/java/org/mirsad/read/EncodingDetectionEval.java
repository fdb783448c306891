package org.mirsad.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;

/**
 * Measures encoding detection on real Arabic news: every SaudiNewsNet text (and, separately, every
 * title, as short texts are the hard case) is encoded in each supported encoding and decoded by
 * {@link TextDecoder}; a case counts as correct when the text comes back exactly (for "UTF-8, 2 bad
 * bytes": when UTF-8 is chosen and the warning names the offsets). Also prints read throughput.
 *
 * <p>Run from the project root (docs/readers.md has the figures):
 * <pre>
 * mvn -B -ntp -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl mirsad-core
 * java -cp "mirsad-core/target/classes:mirsad-core/target/test-classes:$(cat mirsad-core/target/cp.txt)" \
 *     org.mirsad.read.EncodingDetectionEval ../shared/data/news/saudinewsnet
 * </pre>
 */
public final class EncodingDetectionEval {

    private static final String[] CASES = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "windows-1256", "ISO-8859-6",
        "UTF-8, 2 bad bytes"};

    private final Map<String, int[]> texts = table();
    private final Map<String, int[]> titles = table();
    private final Random random = new Random(42);

    private static Map<String, int[]> table() {
        Map<String, int[]> t = new LinkedHashMap<>();
        for (String c : CASES) {
            t.put(c, new int[2]); // {cases, correct}
        }
        return t;
    }

    public static void main(String[] args) {
        String folder = args.length > 0 ? args[0] : "../shared/data/news/saudinewsnet";
        EncodingDetectionEval eval = new EncodingDetectionEval();
        long start = System.nanoTime();
        int[] counts = {0, 0};
        long[] chars = {0};
        Readers.read(folder, new RecordSink() {
            @Override
            public void page(Page page) {
                counts[0]++;
                chars[0] += page.content().length();
            }

            @Override
            public void rejected(Rejection rejection) {
                counts[1]++;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("read %s: %d pages + %d rejections in %.1f s (%.0f records/s, %.1f M chars/s)%n",
                folder, counts[0], counts[1], seconds, (counts[0] + counts[1]) / seconds, chars[0] / seconds / 1e6);

        Readers.read(folder, new RecordSink() {
            @Override
            public void page(Page page) {
                eval.measure(page.content(), eval.texts);
                if (page.metadata().title() != null) {
                    eval.measure(page.metadata().title(), eval.titles);
                }
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        });
        print("texts (whole articles)", eval.texts);
        print("titles (short texts)", eval.titles);
    }

    private void measure(String text, Map<String, int[]> table) {
        for (String c : CASES) {
            byte[] bytes = encoded(text, c);
            if (bytes == null) {
                continue; // the encoding cannot hold this text (ISO-8859-6 has no guillemets)
            }
            if (c.startsWith("UTF-8, ")) {
                int a = random.nextInt(bytes.length);
                int b = random.nextInt(bytes.length);
                int first = boundary(bytes, Math.min(a, b));
                int second = boundary(bytes, Math.max(a, b)) + 1;
                if (second == first + 1 || second > bytes.length + 1) {
                    continue; // keep the two stray bytes apart and inside the text
                }
                table.get(c)[0]++;
                bytes = TextDecoderTest.concat(java.util.Arrays.copyOf(bytes, first), new byte[] {(byte) 0xFF},
                        java.util.Arrays.copyOfRange(bytes, first, second - 1), new byte[] {(byte) 0xFF},
                        java.util.Arrays.copyOfRange(bytes, second - 1, bytes.length));
                DecodedText d = TextDecoder.decode(bytes, bytes.length);
                if (d.charset().equals(StandardCharsets.UTF_8) && d.warnings().size() == 1
                        && d.warnings().get(0).endsWith("offsets " + first + ", " + second)) {
                    table.get(c)[1]++;
                }
                continue;
            }
            table.get(c)[0]++;
            DecodedText d = TextDecoder.decode(bytes, bytes.length);
            if (d.text().equals(text)) {
                table.get(c)[1]++;
            } else if (System.getProperty("show") != null) {
                System.out.println(c + " -> " + d.charset() + " (" + text.length() + " chars): " + text.substring(0, Math.min(120, text.length())).replace('\n', ' '));
            }
        }
    }

    /** The start of the character at or after {@code i}: a stray byte lands between characters. */
    private static int boundary(byte[] utf8, int i) {
        while (i < utf8.length && (utf8[i] & 0xC0) == 0x80) {
            i++;
        }
        return i;
    }

    private static byte[] encoded(String text, String c) {
        return switch (c) {
            case "UTF-8", "UTF-8, 2 bad bytes" -> text.getBytes(StandardCharsets.UTF_8);
            case "UTF-8 BOM" -> TextDecoderTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE BOM" -> TextDecoderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE BOM" -> TextDecoderTest.concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            default -> strict(text, Charset.forName(c));
        };
    }

    private static byte[] strict(String text, Charset charset) {
        try {
            ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void print(String title, Map<String, int[]> table) {
        System.out.println(title);
        System.out.printf("  %-20s %8s %8s %9s%n", "encoding", "cases", "correct", "accuracy");
        table.forEach((c, n) -> System.out.printf("  %-20s %8d %8d %8.2f%%%n", c, n[0], n[1], n[0] == 0 ? 0 : 100.0 * n[1] / n[0]));
    }
}
