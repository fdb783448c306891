package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    /** Encodes strictly: a fixture that the charset cannot hold fails the test instead of turning into '?'. */
    static byte[] encode(String text, Charset charset) {
        try {
            ByteBuffer b = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new AssertionError(charset + " cannot encode the fixture", e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static DecodedText decode(byte[] bytes) {
        return TextDecoder.decode(bytes, bytes.length);
    }

    @ParameterizedTest
    @CsvSource({"UTF-8", "windows-1256", "ISO-8859-6", "UTF-16LE", "UTF-16BE"})
    void detectsEncodingWithoutByteOrderMark(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        DecodedText decoded = decode(encode(Fixtures.PLAIN_PAGE, charset));
        assertThat(decoded.text()).isEqualTo(Fixtures.PLAIN_PAGE);
        assertThat(decoded.charset()).isEqualTo(charset);
        assertThat(decoded.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"windows-1256", "ISO-8859-6"})
    void detectsLegacyEncodingOfVowelledText(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        DecodedText decoded = decode(encode(Fixtures.VOWELLED, charset));
        assertThat(decoded.text()).isEqualTo(Fixtures.VOWELLED);
        assertThat(decoded.charset()).isEqualTo(charset);
    }

    @ParameterizedTest
    @CsvSource({"windows-1256", "ISO-8859-6"})
    void detectsLegacyEncodingOfAFewWords(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        String words = "عاجل: وفاة الفنان";
        assertThat(decode(encode(words, charset)).text()).isEqualTo(words);
    }

    @Test
    void detectsWindows1256WithGuillemets() {
        DecodedText decoded = decode(encode(Fixtures.PAGE, TextDecoder.WINDOWS_1256));
        assertThat(decoded.text()).isEqualTo(Fixtures.PAGE);
        assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1256);
    }

    @ParameterizedTest
    @CsvSource({"EFBBBF, UTF-8", "FFFE, UTF-16LE", "FEFF, UTF-16BE"})
    void byteOrderMarkDecidesAndIsDropped(String bomHex, String charsetName) {
        Charset charset = Charset.forName(charsetName);
        byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
        DecodedText decoded = decode(concat(bom, encode(Fixtures.PAGE, charset)));
        assertThat(decoded.text()).isEqualTo(Fixtures.PAGE);
        assertThat(decoded.charset()).isEqualTo(charset);
    }

    @Test
    void binaryWithNulsOnBothSidesIsNotUtf16() {
        byte[] bytes = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x21, 0x00, 0x00};
        assertThat(TextDecoder.utf16WithoutMark(bytes, bytes.length)).isNull();
        assertThat(TextDecoder.looksBinary(decode(bytes).text())).isTrue();
    }

    @Test
    void replacesAFewInvalidBytesInUtf8AndNamesTheirOffsets() {
        byte[] head = encode("افتتح وزير المياه ", StandardCharsets.UTF_8);
        byte[] tail = encode(Fixtures.PAGE, StandardCharsets.UTF_8);
        byte[] bytes = concat(head, new byte[] {(byte) 0xFF}, tail, new byte[] {(byte) 0xC3});
        DecodedText decoded = decode(bytes);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo("افتتح وزير المياه \uFFFD" + Fixtures.PAGE + "\uFFFD");
        assertThat(decoded.warnings()).containsExactly("2 invalid UTF-8 sequences replaced with U+FFFD at byte offsets "
                + head.length + ", " + (head.length + 1 + tail.length));
    }

    @Test
    void namesASingleInvalidOffset() {
        byte[] text = encode(Fixtures.PAGE, StandardCharsets.UTF_8);
        byte[] bytes = concat(new byte[] {(byte) 0x80}, text);
        assertThat(decode(bytes).warnings()).containsExactly("1 invalid UTF-8 sequence replaced with U+FFFD at byte offset 0");
    }

    @Test
    void asciiIsUtf8() {
        DecodedText decoded = decode("Breaking: markets close higher\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void nonArabicLegacyTextStaysUtf8WithWarnings() {
        // Latin-1 French is neither UTF-8 nor an Arabic code page: kept with its bytes replaced and reported.
        DecodedText decoded = decode("Le ministre a visité l'usine à Djeddah".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("visit\uFFFD");
        assertThat(decoded.warnings()).hasSize(1);
    }

    @Test
    void emptyInputDecodesToEmptyText() {
        assertThat(decode(new byte[0]).text()).isEmpty();
    }

    @Test
    void nulMeansBinary() {
        assertThat(TextDecoder.looksBinary("text\u0000more")).isTrue();
    }

    @Test
    void tabsAndLineBreaksAreText() {
        assertThat(TextDecoder.looksBinary("نص عادي\tمع جدولة\r\nوسطر ثان\f")).isFalse();
    }

    @Test
    void manyControlCharactersMeanBinary() {
        assertThat(TextDecoder.looksBinary("\u0001\u0002\u0003\u0004 mostly controls")).isTrue();
    }

    @Test
    void mostlyReplacedMeansBinary() {
        assertThat(TextDecoder.looksBinary("\uFFFD\uFFFD\uFFFDab")).isTrue();
    }

    @Test
    void arabicShareCountsLettersAmongNonAscii() {
        assertThat(TextDecoder.arabicShare("abc")).isZero();
        assertThat(TextDecoder.arabicShare("سلام")).isEqualTo(1.0);
        assertThat(TextDecoder.arabicShare("سلام×")).isEqualTo(0.8);
        assertThat(TextDecoder.arabicShare("ـــ")).isZero();
    }

    @Test
    void inWordShareFindsLettersStandingAlone() {
        assertThat(TextDecoder.inWordShare("visitى lـusine")).isZero();
        assertThat(TextDecoder.inWordShare("و قال")).isEqualTo(0.75);
    }
}
