package org.consigna.inventory.domain.udi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Gs1ParserTest {

    private static final String GS = "\u001D";
    // Check digits verified in GtinTest. The often-quoted 00884838005618 is invalid (expects 7).
    private static final String GTIN = "00884838005617";
    private static final String GS1_EXAMPLE_GTIN = "09506000134352";
    private static final String OTHER_GTIN = "00643169007222";

    private final Gs1Parser parser = new Gs1Parser(clockAt(2026));

    private static Clock clockAt(int year) {
        return Clock.fixed(Instant.parse(year + "-03-01T12:00:00Z"), ZoneOffset.UTC);
    }

    private Gs1ParseException failure(String raw) {
        Gs1ParseException e = catchThrowableOfType(Gs1ParseException.class, () -> parser.parse(raw));
        assertThat(e).as("expected %s to be rejected", raw.replace(GS, "<GS>")).isNotNull();
        return e;
    }

    private void assertRejected(String raw, int position, String problem) {
        Gs1ParseException e = failure(raw);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e).hasMessage(problem + " at position " + position);
    }

    @Nested
    class ValidLabels {

        @ParameterizedTest
        @ValueSource(strings = {"", "]C1", "]d2", "]e0", "]Q3", GS, "]d2" + GS})
        void fnc1ElementStringWithOrWithoutPrefix(String prefix) {
            String raw = prefix + "01" + GTIN + "17261231" + "10ABC123" + GS + "21XYZ";

            Udi udi = parser.parse(raw);

            assertThat(udi).isEqualTo(new Udi(GTIN, "ABC123", "XYZ", LocalDate.of(2026, 12, 31), raw));
        }

        @Test
        void humanReadableForm() {
            String raw = "(01)" + GTIN + "(17)261231(10)ABC123(21)XYZ";

            assertThat(parser.parse(raw))
                    .isEqualTo(new Udi(GTIN, "ABC123", "XYZ", LocalDate.of(2026, 12, 31), raw));
        }

        @Test
        void aisInAnyOrderAndFixedFieldAfterVariableOne() {
            Udi udi = parser.parse("]d221SN-0042" + GS + "01" + GS1_EXAMPLE_GTIN + "17280615" + "10L7/B");

            assertThat(udi.gtin()).isEqualTo(GS1_EXAMPLE_GTIN);
            assertThat(udi.serial()).isEqualTo("SN-0042");
            assertThat(udi.expiry()).isEqualTo(LocalDate.of(2028, 6, 15));
            assertThat(udi.lot()).isEqualTo("L7/B");
        }

        @Test
        void lotOnly() {
            Udi udi = parser.parse("]C101" + GS1_EXAMPLE_GTIN + "10LOT-2024/A");

            assertThat(udi).isEqualTo(new Udi(GS1_EXAMPLE_GTIN, "LOT-2024/A", null, null, udi.raw()));
        }

        @Test
        void serialOnly() {
            Udi udi = parser.parse("(01)" + OTHER_GTIN + "(21)SN000123");

            assertThat(udi).isEqualTo(new Udi(OTHER_GTIN, null, "SN000123", null, udi.raw()));
        }

        @Test
        void gtinOnly() {
            assertThat(parser.parse("01" + GTIN)).isEqualTo(new Udi(GTIN, null, null, null, "01" + GTIN));
        }

        @ParameterizedTest
        @ValueSource(strings = {"00036000291452", "04006381333931", "00000096385074"})
        void gtin8And12And13PaddedTo14(String gtin) {
            assertThat(parser.parse("01" + gtin).gtin()).isEqualTo(gtin);
        }

        @Test
        void skipsProductionDateQuantityAndAdditionalProductId() {
            String fnc1 = "01" + GTIN + "11250101" + "17270630" + "305" + GS + "240REF-4471.B" + GS + "10L1";
            String readable = "(01)" + GTIN + "(11)250101(17)270630(30)5(240)REF-4471.B(10)L1";

            for (String raw : new String[] {fnc1, readable}) {
                assertThat(parser.parse(raw))
                        .isEqualTo(new Udi(GTIN, "L1", null, LocalDate.of(2027, 6, 30), raw));
            }
        }

        @Test
        void toleratesSeparatorAfterFixedFieldAndTrailingSeparator() {
            Udi udi = parser.parse("01" + GTIN + GS + "17261231" + GS + "10ABC" + GS);

            assertThat(udi.lot()).isEqualTo("ABC");
            assertThat(udi.expiry()).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void acceptsMaximumLengthsAndEveryCset82Symbol() {
            String lot = "!\"%&'()*+,-./:;<=>?_";
            String serial = "AZaz09AZaz09AZaz09Zz";

            Udi udi = parser.parse("01" + GTIN + "10" + lot + GS + "21" + serial);

            assertThat(udi.lot()).isEqualTo(lot).hasSize(20);
            assertThat(udi.serial()).isEqualTo(serial).hasSize(20);
        }

        @ParameterizedTest
        @CsvSource({"260200, 2026-02-28", "280200, 2028-02-29", "261200, 2026-12-31", "260400, 2026-04-30"})
        void dayZeroMeansLastDayOfMonth(String yymmdd, LocalDate expected) {
            assertThat(parser.parse("01" + GTIN + "17" + yymmdd).expiry()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "in {0}, YY={1} is {2}")
        @CsvSource({
            "2001, 51, 2051",  // +50 years: still this century
            "2001, 52, 1952",  // +51 years: previous century
            "2000, 49, 2049",
            "2000, 51, 1951",
            "2026, 76, 2076",
            "2026, 77, 1977",
            "2099, 49, 2149",  // -50 years would be 2049: too far back, so next century
            "2099, 50, 2050",  // -49 years: this century
        })
        void centuryFollowsGs1SlidingWindow(int currentYear, String yy, int expectedYear) {
            Udi udi = new Gs1Parser(clockAt(currentYear)).parse("01" + GTIN + "17" + yy + "0115");

            assertThat(udi.expiry()).isEqualTo(LocalDate.of(expectedYear, 1, 15));
        }

        @Test
        void noArgConstructorUsesSystemClock() {
            assertThat(new Gs1Parser().parse("01" + GTIN + "17" + "300101").expiry())
                    .isEqualTo(LocalDate.of(2030, 1, 1));
        }
    }

    @Nested
    class Errors {

        @Test
        void badCheckDigit() {
            assertRejected("01" + "00884838005618" + "17261231", 2, "GTIN check digit is 8, expected 7");
            assertRejected("]C101" + "00884838005618", 5, "GTIN check digit is 8, expected 7");
            assertRejected(GS + "01" + "00884838005618", 3, "GTIN check digit is 8, expected 7");
            assertRejected("(01)00884838005618(10)A", 4, "GTIN check digit is 8, expected 7");
        }

        @Test
        void nonDigitGtin() {
            assertRejected("010088483800561X", 15, "GTIN contains non-digit character 'X' (U+0058)");
            assertRejected("(01)00884838O05617", 12, "GTIN contains non-digit character 'O' (U+004F)");
        }

        @Test
        void tooShortGtin() {
            assertRejected("01008848380056", 2, "GTIN has only 12 digits, expected 14");
            assertRejected("010088483800561" + GS + "10ABC", 2, "GTIN has only 13 digits, expected 14");
            assertRejected("]d2(01)0088483800561(10)ABC", 7, "GTIN has only 13 digits, expected 14");
            assertRejected("01", 2, "GTIN has only 0 digits, expected 14");
        }

        @Test
        void tooLongGtinInHumanReadableForm() {
            assertRejected("(01)008848380056170(10)A", 18, "GTIN is longer than 14 digits");
        }

        @Test
        void unknownApplicationIdentifier() {
            assertRejected("01" + GTIN + "99X", 16, "unknown application identifier '99'");
            assertRejected("(01)" + GTIN + "(99)X", 18, "unknown application identifier '99'");
            assertRejected("]C101" + GTIN + "7003" + "2612311200", 19, "unknown application identifier '70'");
            assertRejected("01" + GTIN + "241ABC", 16, "unknown application identifier '241'");
            assertRejected("01" + GTIN + "1", 16, "unknown application identifier '1'");
            assertRejected("(01)" + GTIN + "(7003)2612311200", 18, "unknown application identifier '7003'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"251345", "250015", "251232", "260230", "270229"})
        void malformedExpiryDate(String yymmdd) {
            assertRejected("01" + GTIN + "17" + yymmdd, 18,
                    "expiry date " + yymmdd + " is not a valid YYMMDD date");
            assertRejected("]e001" + GTIN + "17" + yymmdd, 21,
                    "expiry date " + yymmdd + " is not a valid YYMMDD date");
        }

        @Test
        void truncatedOrNonNumericDates() {
            assertRejected("01" + GTIN + "172512", 18, "expiry date has only 4 digits, expected 6");
            assertRejected("01" + GTIN + "1725A231", 20, "expiry date contains non-digit character 'A' (U+0041)");
            assertRejected("01" + GTIN + "11251301", 18, "production date 251301 is not a valid YYMMDD date");
        }

        @Test
        void missingGtin() {
            assertRejected("10ABC" + GS + "21XYZ", 0, "GTIN (AI 01) is missing");
            assertRejected("]d2" + GS + "17261231", 4, "GTIN (AI 01) is missing");
            assertRejected("(10)ABC(21)XYZ", 0, "GTIN (AI 01) is missing");
        }

        @Test
        void duplicateApplicationIdentifier() {
            assertRejected("01" + GTIN + "10ABC" + GS + "10DEF", 22, "duplicate application identifier '10'");
            assertRejected("01" + GTIN + "01" + GTIN, 16, "duplicate application identifier '01'");
            assertRejected("(01)" + GTIN + "(21)A(21)A", 23, "duplicate application identifier '21'");
        }

        @Test
        void overlongVariableFields() {
            String lot20 = "ABCDEFGHIJ0123456789";
            assertRejected("01" + GTIN + "10" + lot20 + "X", 38, "lot is longer than 20 characters");
            // The usual cause: a missing separator lets the lot swallow the next AI.
            assertRejected("01" + GTIN + "10" + lot20 + "21XYZ", 38, "lot is longer than 20 characters");
            assertRejected("(01)" + GTIN + "(21)" + lot20 + "X", 42, "serial is longer than 20 characters");
            assertRejected("01" + GTIN + "30123456789", 26, "quantity is longer than 8 digits");
            assertRejected("01" + GTIN + "240" + "A".repeat(31), 49, "additional product id is longer than 30 characters");
        }

        @Test
        void illegalCharacters() {
            assertRejected("01" + GTIN + "10AB C", 20, "character ' ' (U+0020) is not allowed in lot");
            assertRejected("01" + GTIN + "21SÉRIE", 19, "character 'É' (U+00C9) is not allowed in serial");
            assertRejected("01" + GTIN + "10LOT#7", 21, "character '#' (U+0023) is not allowed in lot");
            assertRejected("(01)" + GTIN + "(10)AB" + GS, 24, "character U+001D is not allowed in lot");
            assertRejected("01" + GTIN + "305A", 19, "quantity contains non-digit character 'A' (U+0041)");
        }

        @Test
        void emptyVariableField() {
            assertRejected("01" + GTIN + "10" + GS + "21X", 18, "lot is empty");
            assertRejected("(01)" + GTIN + "(21)", 22, "serial is empty");
        }

        @Test
        void malformedFraming() {
            assertRejected("01" + GTIN + "10AB" + GS + GS + "21X", 21, "unexpected group separator");
            assertRejected("]A001" + GTIN, 0, "unsupported symbology identifier ']A0'");
            assertRejected("]d", 0, "unsupported symbology identifier ']d'");
            assertRejected("", 0, "input is empty");
            assertRejected("]Q3", 3, "no data after prefix");
            assertRejected("]Q3" + GS, 4, "no data after prefix");
            assertRejected("(01" + GTIN, 0, "unterminated application identifier");
        }

        @Test
        void nullInputIsAProgrammingError() {
            assertThatNullPointerException().isThrownBy(() -> parser.parse(null));
        }

        @Test
        void udiRecordRefusesAnInvalidGtin() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Udi("00884838005618", null, null, null, "raw"));
        }
    }
}
