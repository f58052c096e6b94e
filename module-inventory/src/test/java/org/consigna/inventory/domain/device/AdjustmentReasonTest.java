package org.consigna.inventory.domain.device;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdjustmentReasonTest {

    @Test
    void foundAddsLostAndDamagedTakeAwayACountCorrectionGoesEitherWay() {
        assertThatCode(() -> AdjustmentReason.FOUND.check(2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdjustmentReason.FOUND.check(-1)).hasMessageContaining("adds units");
        assertThatCode(() -> AdjustmentReason.LOST.check(-1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdjustmentReason.DAMAGED.check(1)).hasMessageContaining("takes units away");
        assertThatCode(() -> AdjustmentReason.COUNT_CORRECTION.check(-5)).doesNotThrowAnyException();
        assertThatCode(() -> AdjustmentReason.COUNT_CORRECTION.check(5)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdjustmentReason.COUNT_CORRECTION.check(0)).hasMessageContaining("changes the quantity");
    }
}
