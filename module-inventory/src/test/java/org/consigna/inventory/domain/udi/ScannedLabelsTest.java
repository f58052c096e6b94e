package org.consigna.inventory.domain.udi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Strings as scanners hand them over from device labels (DataMatrix and GS1-128 with their AIM
 * prefixes, the FNC1 as ASCII 29) and as people type the human-readable line, including the usual
 * ways they go wrong.
 */
class ScannedLabelsTest {

    private static final String GS = "\u001D";
    private final Gs1Parser parser = new Gs1Parser(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void implantDataMatrixWithExpiryLotAndSerial() {
        Udi udi = parser.parse("]d20100884838001237172809301" + "0M240517" + GS + "21A0012345");

        assertThat(udi.gtin()).isEqualTo("00884838001237");
        assertThat(udi.expiry()).isEqualTo(LocalDate.of(2028, 9, 30));
        assertThat(udi.lot()).isEqualTo("M240517");
        assertThat(udi.serial()).isEqualTo("A0012345");
    }

    @Test
    void caseLevelGs1128WithProductionDateAndIndicatorDigit() {
        Udi udi = parser.parse("]C1011061354200147211240115172901141" + "02401-15B");

        assertThat(udi.gtin()).isEqualTo("10613542001472");
        assertThat(udi.expiry()).isEqualTo(LocalDate.of(2029, 1, 14));
        assertThat(udi.lot()).isEqualTo("2401-15B");
        assertThat(udi.serial()).isNull();
    }

    @Test
    void sterilePackWithQuantityAndExpiryStatedToTheMonth() {
        Udi udi = parser.parse("0107613080012110" + "3012" + GS + "17270600" + "10LOT/77");

        assertThat(udi.expiry()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(udi.lot()).isEqualTo("LOT/77");
    }

    @Test
    void theHumanReadableLineTypedInByHand() {
        Udi udi = parser.parse("(01)04005391846325(17)300228(21)SN-77-0042");

        assertThat(udi.gtin()).isEqualTo("04005391846325");
        assertThat(udi.expiry()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(udi.serial()).isEqualTo("SN-77-0042");
    }

    @Test
    void aSpaceCopiedFromThePrintedLotIsNotAGs1Character() {
        Gs1ParseException e = catchThrowableOfType(Gs1ParseException.class,
                () -> parser.parse("(01)04005391846325(10)LOT 5"));

        assertThat(e.position()).isEqualTo(25);
        assertThat(e).hasMessageContaining("not allowed in lot");
    }

    @Test
    void aScannerThatDroppedTheSeparatorRunsTheLotIntoTheSerial() {
        Udi udi = parser.parse("]d2010088483800123710M24051721A0012345");

        // Without the group separator, everything after AI 10 is the lot: the label reads wrongly, not
        // dangerously, and the receipt then refuses a serialized item without a serial.
        assertThat(udi.lot()).isEqualTo("M24051721A0012345");
        assertThat(udi.serial()).isNull();
    }

    @Test
    void aMistypedDigitInTheGtinIsCaughtByItsCheckDigit() {
        Gs1ParseException e = catchThrowableOfType(Gs1ParseException.class,
                () -> parser.parse("(01)00884838001273(17)280930"));

        assertThat(e.position()).isEqualTo(4);
        assertThat(e).hasMessageContaining("check digit");
    }
}
