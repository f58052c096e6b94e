package org.consigna.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consigna.platform.wire.WireEnum;
import org.junit.jupiter.api.Test;

class WireEnumColumnTest {

    enum Shade implements WireEnum {
        DARK_RED, PALE;
    }

    enum Renamed implements WireEnum {
        OLD_NAME {
            @Override
            public String wire() {
                return "kept";
            }
        },
        OTHER
    }

    enum Clash implements WireEnum {
        A, B;

        @Override
        public String wire() {
            return "same";
        }
    }

    enum Plain {
        X
    }

    @Test
    void storesEachConstantAsItsLowerCaseWordAndReadsItBack() {
        WireEnumColumn column = new WireEnumColumn(Shade.class);
        for (Shade shade : Shade.values()) {
            Object word = column.convertObjectValueToDataValue(shade, null);
            assertEquals(shade.name().toLowerCase(), word);
            assertEquals(shade, column.convertDataValueToObjectValue(word, null));
        }
        assertEquals("dark_red", column.convertObjectValueToDataValue(Shade.DARK_RED, null));
    }

    @Test
    void aConstantsOwnWordWins() {
        WireEnumColumn column = new WireEnumColumn(Renamed.class);
        assertEquals("kept", column.convertObjectValueToDataValue(Renamed.OLD_NAME, null));
        assertEquals(Renamed.OLD_NAME, column.convertDataValueToObjectValue("kept", null));
        assertEquals(Renamed.OLD_NAME, WireEnum.fromWire(Renamed.class, "kept"));
    }

    @Test
    void nullStaysNull() {
        WireEnumColumn column = new WireEnumColumn(Shade.class);
        assertNull(column.convertObjectValueToDataValue(null, null));
        assertNull(column.convertDataValueToObjectValue(null, null));
        assertNull(WireEnum.fromWire(Shade.class, null));
    }

    @Test
    void anUnknownWordInTheDatabaseIsNamed() {
        WireEnumColumn column = new WireEnumColumn(Shade.class);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> column.convertDataValueToObjectValue("DARK_RED", null));
        assertTrue(e.getMessage().contains("'DARK_RED'"), e.getMessage());
    }

    @Test
    void twoConstantsWithOneWordOrAPlainEnumAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WireEnumColumn(Clash.class));
        assertThrows(IllegalArgumentException.class, () -> new WireEnumColumn(Plain.class));
    }
}
