package org.consigna.platform.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** JSON is UTF-8 (RFC 8259): bytes that are not are refused, not turned into replacement characters. */
final class Utf8 {

    private Utf8() {
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw StrictJson.malformed("The request body is not UTF-8 text");
        }
    }
}
