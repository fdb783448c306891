package org.mirsad.export;

/** RFC 4180 fields: quoted when they hold a comma, a quote or a line break; quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String field(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
