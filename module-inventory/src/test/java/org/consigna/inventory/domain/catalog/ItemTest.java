package org.consigna.inventory.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemTest {

    @Test
    void shorterGtinsAreStoredAsFourteenDigitsAsAUdiCarriesThem() {
        assertThat(Item.normalizeGtin("9506000134352")).isEqualTo("09506000134352");
        assertThat(Item.normalizeGtin("00884838005617")).isEqualTo("00884838005617");
        assertThat(Item.normalizeGtin(" ")).isNull();
    }

    @Test
    void aWrongCheckDigitOrLengthIsRefused() {
        assertThatThrownBy(() -> Item.normalizeGtin("00884838005618")).hasMessageContaining("expected 7");
        assertThatThrownBy(() -> Item.normalizeGtin("12345")).hasMessageContaining("8, 12, 13 or 14 digits");
    }
}
