package org.consigna.billing.domain.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The resolution order (contract, assigned price list, list price) and the rounding to the currency's scale. */
class PriceResolutionTest {

    private final UUID contracted = UUID.randomUUID();
    private final UUID listed = UUID.randomUUID();
    private final UUID catalogOnly = UUID.randomUUID();
    private final UUID unpriced = UUID.randomUUID();

    /** Every item has a list price; the list prices the contracted item too; the sheet prices only one. */
    private PriceResolution in(String currency) {
        return new PriceResolution(currency, "contract price sheet mercy.csv",
                Map.of(contracted, new BigDecimal("99.995")),
                "Hospitals 2026", Map.of(contracted, new BigDecimal("110"), listed, new BigDecimal("120.125")),
                Map.of(contracted, new BigDecimal("125.50"), listed, new BigDecimal("125.50"),
                        catalogOnly, new BigDecimal("125.505")));
    }

    @Test
    void contractWinsOverThePriceListWhichWinsOverTheListPrice() {
        Map<UUID, ResolvedPrice> prices = in("USD").resolve(List.of(contracted, listed, catalogOnly));

        assertThat(prices.get(contracted)).isEqualTo(new ResolvedPrice(contracted, new BigDecimal("100.00"),
                PriceSource.CONTRACT, "contract price sheet mercy.csv"));
        assertThat(prices.get(listed)).isEqualTo(new ResolvedPrice(listed, new BigDecimal("120.13"),
                PriceSource.PRICE_LIST, "Hospitals 2026"));
        assertThat(prices.get(catalogOnly)).isEqualTo(new ResolvedPrice(catalogOnly, new BigDecimal("125.51"),
                PriceSource.LIST_PRICE, "list price"));
    }

    @Test
    void anItemWithoutAnyPriceIsAbsent() {
        assertThat(in("USD").resolve(List.of(unpriced, listed))).containsOnlyKeys(listed);
    }

    @Test
    void withoutSheetOrListTheListPriceApplies() {
        PriceResolution bare = new PriceResolution("EUR", null, Map.of(), null, Map.of(),
                Map.of(contracted, new BigDecimal("125.50")));
        assertThat(bare.resolve(List.of(contracted)).get(contracted).source()).isEqualTo(PriceSource.LIST_PRICE);
    }

    @Test
    void roundsHalfUpToTheCurrencysScale() {
        assertThat(in("JPY").resolve(List.of(contracted)).get(contracted).unitPrice()).isEqualTo(new BigDecimal("100"));
        assertThat(in("JPY").resolve(List.of(catalogOnly)).get(catalogOnly).unitPrice()).isEqualTo(new BigDecimal("126"));
        assertThat(in("USD").resolve(List.of(contracted)).get(contracted).unitPrice()).isEqualTo(new BigDecimal("100.00"));
        assertThat(in("KWD").resolve(List.of(contracted)).get(contracted).unitPrice()).isEqualTo(new BigDecimal("99.995"));
        assertThat(in("KWD").resolve(List.of(listed)).get(listed).unitPrice()).isEqualTo(new BigDecimal("120.125"));
        assertThat(UnitPrices.round(new BigDecimal("0.0005"), "BHD")).isEqualTo(new BigDecimal("0.001"));
        assertThat(UnitPrices.round(new BigDecimal("0.0049"), "USD")).isEqualTo(new BigDecimal("0.00"));
        assertThat(UnitPrices.round(new BigDecimal("7"), "USD")).isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void sourcesAreWrittenAsTheirWireWords() {
        assertThat(List.of(PriceSource.values())).extracting(PriceSource::wire)
                .containsExactly("contract", "price-list", "list-price");
    }

    @Test
    void anEnteredPriceIsNotNegativeAndHasAtMostFourDecimals() {
        assertThat(UnitPrices.problemWith(new BigDecimal("0"))).isNull();
        assertThat(UnitPrices.problemWith(new BigDecimal("12.3400"))).isNull();
        assertThat(UnitPrices.problemWith(new BigDecimal("12.34000"))).isNull();
        assertThat(UnitPrices.problemWith(new BigDecimal("-0.01"))).contains("never negative");
        assertThat(UnitPrices.problemWith(new BigDecimal("1.23456"))).contains("at most 4 decimals");
        assertThat(UnitPrices.problemWith(new BigDecimal("1234567890123456"))).contains("15 digits");
        assertThat(UnitPrices.problemWith(null)).contains("required");
    }
}
