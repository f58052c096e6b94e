package org.consigna.facilitystock.domain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SalesTallyTest {

    static final UUID FACILITY = UUID.randomUUID();
    static final UUID ITEM = UUID.randomUUID();
    static final UUID SELLER = UUID.randomUUID();
    static final Map<UUID, BigDecimal> PRICES = Map.of(ITEM, new BigDecimal("10.00"));

    @Test
    void soldAndConsumedFacilityStockCountUnderTheSellerFacilityItemAndMonth() {
        var tally = SalesTally.of(LocalDate.of(2026, 3, 17), FACILITY, List.of(
                new SalesTally.Line(ITEM, 1, SELLER, true, false, false),
                new SalesTally.Line(ITEM, 3, SELLER, true, false, false),
                new SalesTally.Line(ITEM, 2, SELLER, false, true, true)), PRICES);
        assertThat(tally).containsExactly(Map.entry(new SalesTally.Key(LocalDate.of(2026, 3, 1), FACILITY, ITEM, SELLER),
                new Amounts(4, new BigDecimal("40.00"), 2, new BigDecimal("20.00"))));
    }

    @Test
    void consignedStockUsedInASaleCaseIsNotFacilityStock() {
        var tally = SalesTally.of(LocalDate.of(2026, 3, 17), FACILITY, List.of(
                new SalesTally.Line(ITEM, 1, SELLER, false, false, true),
                new SalesTally.Line(ITEM, 1, SELLER, false, true, false)), PRICES);
        assertThat(tally).isEmpty();
    }

    @Test
    void takingBackIsTheNegation() {
        Amounts a = new Amounts(4, new BigDecimal("40.00"), 2, new BigDecimal("20.00"));
        assertThat(a.plus(a.negate()).isZero()).isTrue();
    }
}
