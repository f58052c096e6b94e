package org.consigna.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The URL paths no resource can have, judged on the raw path as it came on the wire: the web
 * container refuses most of them itself before any application code runs (Catalina's
 * {@code CoyoteAdapter}: "400 Invalid URI", empty body), so {@link HttpLayerRefusals} sends them to
 * {@link ContainerErrors} instead. Refused, as the container refuses them (Payara 6.2025.10,
 * measured): a NUL raw or percent-encoded, a backslash, percent-encoded bytes that are not UTF-8, a
 * path not starting with "/" and a "{@code ..}" that climbs above the root. Other control
 * characters pass: the container routes them and the application refuses them naming the parameter
 * ({@code input.StrictParameters}).
 */
final class RequestPaths {

    /** Why a path is refused; {@link #slug()} names it in {@link ContainerErrors#INVALID_PATH}. */
    enum Refusal {
        EMPTY("The URL path is empty"),
        NOT_UTF8("The URL path holds percent-encoded bytes that are not UTF-8"),
        NUL("The URL path holds a NUL character (U+0000), raw or percent-encoded as %00"),
        BACKSLASH("The URL path holds a backslash"),
        NOT_ABSOLUTE("The URL path does not start with /"),
        ABOVE_ROOT("The URL path climbs above the root with .."),
        OTHER("The URL path is not one the server accepts");

        final String detail;

        Refusal(String detail) {
            this.detail = detail;
        }

        String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Refusal ofSlug(String slug) {
            for (Refusal refusal : values()) {
                if (refusal.slug().equals(slug)) {
                    return refusal;
                }
            }
            return OTHER;
        }
    }

    private RequestPaths() {
    }

    /** Why {@code rawPath} (the request target up to "?", one char per byte) is refused, or null when it is not. */
    static Refusal refusal(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Refusal.EMPTY;
        }
        if (rawPath.equals("*")) {
            return null; // OPTIONS * (RFC 9110): no path, nothing to route
        }
        String path;
        try {
            path = decode(rawPath);
        } catch (CharacterCodingException e) {
            return Refusal.NOT_UTF8;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == 0) {
                return Refusal.NUL;
            }
            if (c == '\\') {
                return Refusal.BACKSLASH;
            }
        }
        if (path.charAt(0) != '/') {
            return Refusal.NOT_ABSOLUTE;
        }
        int depth = 0;
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..")) {
                if (--depth < 0) {
                    return Refusal.ABOVE_ROOT;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return null;
    }

    /** Percent-decoding as the container does it ("%zz" stays as it is), then strict UTF-8. */
    private static String decode(String rawPath) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            int high = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(rawPath.charAt(i + 2), 16) : -1;
            if (c == '%' && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c & 0xff);
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    }
}
