package org.consigna.platform.wire;

import java.util.Locale;

/**
 * An enum written as one word: its constant's name in lower case unless it says otherwise. Entity
 * attributes of such an enum are stored as that word without any converter or annotation; the
 * platform maps them (an enum attribute whose type is not a {@code WireEnum} stops start-up).
 */
public interface WireEnum {

    /** The word for this constant in the API and the database. */
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose word is {@code word}; null for null. */
    static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String word) {
        if (word == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(word)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is no " + type.getSimpleName());
    }
}
