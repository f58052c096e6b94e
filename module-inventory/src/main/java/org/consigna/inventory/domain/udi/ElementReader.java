package org.consigna.inventory.domain.udi;

/**
 * Cursor over the element strings of one scan, in either of the two encodings scanners emit:
 * FNC1-delimited ({@code 01...17...10LOT<GS>21...}) or human-readable ({@code (01)...(10)LOT}).
 *
 * <p>Positions in errors are offsets into the original raw string: the AI itself for identifier
 * problems (the '(' in the bracketed form), the field start for whole-value problems, and the
 * offending character for character-level problems.
 */
final class ElementReader {

    static final char GS = 29;

    // GS1 General Specifications, figure 7.11-1: AI encodable character set 82, minus alphanumerics.
    private static final String CSET82_SYMBOLS = "!\"%&'()*+,-./:;<=>?_";

    private final String raw;
    private final boolean bracketed;
    private int pos;

    ElementReader(String raw, int start) {
        this.raw = raw;
        this.pos = start;
        this.bracketed = start < raw.length() && raw.charAt(start) == '(';
    }

    boolean hasNext() {
        return pos < raw.length();
    }

    int position() {
        return pos;
    }

    /** Reads an application identifier and leaves the cursor on the first character of its data. */
    ApplicationIdentifier nextIdentifier() {
        int at = pos;
        String code;
        ApplicationIdentifier ai;
        if (bracketed) {
            // Here raw.charAt(at) == '(': the form is chosen by the first character and every
            // value in it ends at '(' or the end of input.
            int close = raw.indexOf(')', at + 1);
            if (close < 0) {
                throw new Gs1ParseException("unterminated application identifier", at);
            }
            code = raw.substring(at + 1, close);
            ai = ApplicationIdentifier.byCode(code);
            pos = close + 1;
        } else {
            if (raw.charAt(at) == GS) {
                throw new Gs1ParseException("unexpected group separator", at);
            }
            ai = ApplicationIdentifier.atStartOf(raw, at);
            code = ai != null ? ai.code : raw.substring(at,
                    Math.min(raw.length(), at + ApplicationIdentifier.guessCodeLength(raw, at)));
            pos = ai == null ? at : at + ai.code.length();
        }
        if (ai == null) {
            throw new Gs1ParseException("unknown application identifier '" + printable(code) + "'", at);
        }
        return ai;
    }

    /** Reads the data of {@code ai}, checking length and character set, and skips its terminator. */
    String nextValue(ApplicationIdentifier ai) {
        int start = pos;
        while (pos < raw.length() && !isTerminator(raw.charAt(pos))) {
            if (pos - start == ai.length) {
                if (ai.fixed && !bracketed) {
                    break; // a fixed-length field needs no separator: the next AI starts here
                }
                String unit = ai.numeric ? " digits" : " characters";
                throw new Gs1ParseException(ai.label + " is longer than " + ai.length + unit, pos);
            }
            checkCharacter(ai, pos);
            pos++;
        }
        int length = pos - start;
        if (ai.fixed && length < ai.length) {
            throw new Gs1ParseException(
                    ai.label + " has only " + length + " digits, expected " + ai.length, start);
        }
        if (length == 0) {
            throw new Gs1ParseException(ai.label + " is empty", start);
        }
        // Some encoders also put FNC1 after fixed-length fields; tolerate it.
        if (!bracketed && pos < raw.length() && raw.charAt(pos) == GS) {
            pos++;
        }
        return raw.substring(start, start + length);
    }

    private boolean isTerminator(char c) {
        return bracketed ? c == '(' : c == GS;
    }

    private void checkCharacter(ApplicationIdentifier ai, int at) {
        char c = raw.charAt(at);
        if (ai.numeric && (c < '0' || c > '9')) {
            throw new Gs1ParseException(ai.label + " contains non-digit " + describe(at), at);
        }
        if (!isCset82(c)) {
            throw new Gs1ParseException(describe(at) + " is not allowed in " + ai.label, at);
        }
    }

    static boolean isCset82(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || CSET82_SYMBOLS.indexOf(c) >= 0;
    }

    private static String printable(String code) {
        StringBuilder out = new StringBuilder();
        code.codePoints().forEach(cp -> out.append(Character.isISOControl(cp)
                ? String.format("\\u%04X", cp) : Character.toString(cp)));
        return out.toString();
    }

    private String describe(int at) {
        int cp = raw.codePointAt(at);
        String hex = String.format("U+%04X", cp);
        return Character.isISOControl(cp) ? "character " + hex
                : "character '" + Character.toString(cp) + "' (" + hex + ")";
    }
}
