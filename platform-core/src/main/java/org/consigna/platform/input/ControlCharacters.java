package org.consigna.platform.input;

/** Control characters a client may send in text: tab, CR and LF anywhere, the group separator only in scans. */
final class ControlCharacters {

    static final char GROUP_SEPARATOR = '\u001d';

    private ControlCharacters() {
    }

    /** The index of the first character refused in {@code text}, or -1. */
    static int firstRefused(String text, boolean scanned) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c) && !(scanned && c == GROUP_SEPARATOR)) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        // C0, DEL and C1 controls; a lone surrogate (refused by the caller's loop) cannot be stored as UTF-8 either.
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** The character as a client reads it in a message: U+0000. */
    static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
