package org.consigna.inventory.domain.udi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    // Check digits verified by hand against the GS1 check digit calculator's weighting (3,1,3,... from the right).
    @ParameterizedTest
    @CsvSource({
        "0088483800561, 7",  // GTIN-14 payload; note 00884838005618 is NOT valid
        "0950600013435, 2",  // GS1's own example GTIN 09506000134352
        "0064316900722, 2",
        "1088483800561, 4",  // packaging indicator 1
        "400638133393, 1",   // GTIN-13 4006381333931
        "03600029145, 2",    // GTIN-12 (UPC-A) 036000291452
        "9638507, 4",        // GTIN-8 96385074
    })
    void computesCheckDigit(String payload, int expected) {
        assertThat(Gtin.checkDigit(payload)).isEqualTo(expected);
    }

    @Test
    void leadingZerosDoNotChangeTheCheckDigit() {
        assertThat(Gtin.checkDigit("0000009638507")).isEqualTo(Gtin.checkDigit("9638507"));
        assertThat(Gtin.checkDigit("0400638133393")).isEqualTo(Gtin.checkDigit("400638133393"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00884838005617", "09506000134352", "00643169007222", "10884838005614",
        "04006381333931", "00036000291452", "00000096385074", "00000000000000"})
    void acceptsValid14DigitGtins(String gtin) {
        assertThat(Gtin.isValid(gtin)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "00884838005618",  // wrong check digit
        "4006381333931",   // valid GTIN-13 but not padded to 14
        "036000291452",    // valid GTIN-12 but not padded
        "96385074",        // valid GTIN-8 but not padded
        "009506000134352", // 15 digits
        "0950600013435X",
        "0950600013435 ",
        "٠٩٥٠٦٠٠٠١٣٤٣٥٢", // Arabic-Indic digits are digits to Java, not to GS1
    })
    void rejectsInvalidGtins(String gtin) {
        assertThat(Gtin.isValid(gtin)).isFalse();
    }

    @Test
    void everySingleDigitSubstitutionIsDetected() {
        String valid = "09506000134352";
        for (int i = 0; i < valid.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String mutated = valid.substring(0, i) + d + valid.substring(i + 1);
                assertThat(Gtin.isValid(mutated)).as(mutated).isFalse();
            }
        }
    }

    @Test
    void checkDigitRejectsEmptyOrNonDigitPayload() {
        assertThatIllegalArgumentException().isThrownBy(() -> Gtin.checkDigit(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Gtin.checkDigit("12A4"))
                .withMessageContaining("'A'");
    }
}
