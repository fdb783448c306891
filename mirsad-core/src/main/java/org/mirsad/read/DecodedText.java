package org.mirsad.read;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Bytes turned into text, with the encoding that was found and what had to be repaired.
 *
 * @param text     the text, without a byte order mark
 * @param charset  the encoding used
 * @param warnings repairs made (invalid bytes replaced), for the page's warnings
 */
record DecodedText(String text, Charset charset, List<String> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }
}
