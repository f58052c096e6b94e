package org.consigna.facilitystock.domain.refill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefillLineTest {

    private final UUID item = UUID.randomUUID();

    @Test
    void suggestsParMinusOnHandPlusExpiring() {
        RefillLine line = RefillLine.of(item, 5, 2, 1);
        assertThat(line.suggested()).isEqualTo(4);
        assertThat(line.arithmetic()).isEqualTo("par 5 - on hand 2 + expiring 1 = 4");
        assertThat(line.needed()).isTrue();
    }

    @Test
    void expiringStockIsReplacedEvenAtPar() {
        assertThat(RefillLine.of(item, 3, 3, 2).suggested()).isEqualTo(2);
    }

    @Test
    void aboveParNothingIsSuggestedAndTheArithmeticSaysWhy() {
        RefillLine line = RefillLine.of(item, 2, 5, 1);
        assertThat(line.suggested()).isZero();
        assertThat(line.needed()).isFalse();
        assertThat(line.arithmetic()).isEqualTo("par 2 - on hand 5 + expiring 1 = -2, so 0");
    }
}
