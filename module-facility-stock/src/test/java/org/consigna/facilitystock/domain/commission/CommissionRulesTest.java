package org.consigna.facilitystock.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CommissionRulesTest {

    static final UUID SELLER = UUID.randomUUID();
    static final UUID COVERING = UUID.randomUUID();
    static final UUID SURGEON = UUID.randomUUID();
    static final UUID OTHER_SURGEON = UUID.randomUUID();
    static final UUID ITEM = UUID.randomUUID();
    static final Map<UUID, BigDecimal> PRICES = Map.of(ITEM, new BigDecimal("125.50"));

    static CommissionRate rate(UUID rep, UUID surgeon, String percent) {
        return new CommissionRate(rep, surgeon, new BigDecimal(percent), rep, Instant.now());
    }

    static CommissionLine.EarnedOn on(UUID surgeon) {
        return new CommissionLine.EarnedOn(UUID.randomUUID(), 1, surgeon, UUID.randomUUID(), LocalDate.of(2026, 3, 2),
                Instant.now());
    }

    static CommissionRules.Sale used(UUID seller, boolean facilityStock, int quantity) {
        return new CommissionRules.Sale(UUID.randomUUID(), UUID.randomUUID(), ITEM, quantity, seller, facilityStock, true);
    }

    static CommissionSplit split(String seller, String covering) {
        CommissionSplit split = CommissionSplit.standard();
        split.change(new BigDecimal(seller), new BigDecimal(covering), SELLER, Instant.now());
        return split;
    }

    @Test
    void theSurgeonSpecificRateWinsOverTheRepsOwn() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "5"), rate(SELLER, SURGEON, "8")),
                CommissionSplit.standard());
        assertThat(rules.rateFor(SELLER, SURGEON)).contains(new BigDecimal("8.00"));
        assertThat(rules.rateFor(SELLER, OTHER_SURGEON)).contains(new BigDecimal("5.00"));
        assertThat(rules.rateFor(SELLER, null)).contains(new BigDecimal("5.00"));
        assertThat(rules.rateFor(COVERING, SURGEON)).isEmpty();
    }

    @Test
    void aSaleCaseEarnsTheRepresentativeBaseTimesRate() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "10")), CommissionSplit.standard());
        List<CommissionLine> lines = rules.earned(on(null), SELLER, true, false, List.of(used(SELLER, false, 2)), PRICES);
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.role()).isEqualTo(CommissionRole.REPRESENTATIVE);
            assertThat(l.baseAmount()).isEqualByComparingTo("251.00");
            assertThat(l.amount()).isEqualByComparingTo("25.10");
            assertThat(l.kind()).isEqualTo(CommissionKind.EARNED);
        });
    }

    @Test
    void aRepWithoutARateEarnsNothingAndUnusedDevicesEarnNothing() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "10")), CommissionSplit.standard());
        assertThat(rules.earned(on(null), COVERING, true, false, List.of(used(COVERING, false, 1)), PRICES)).isEmpty();
        var unused = new CommissionRules.Sale(UUID.randomUUID(), UUID.randomUUID(), ITEM, 1, SELLER, false, false);
        assertThat(rules.earned(on(null), SELLER, true, false, List.of(unused), PRICES)).isEmpty();
    }

    @Test
    void facilityStockUsedByAnotherRepIsSplitBetweenSellerAndCoveringRep() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "10"), rate(COVERING, SURGEON, "4")),
                split("70", "30"));
        List<CommissionLine> lines = rules.earned(on(SURGEON), COVERING, false, false, List.of(used(SELLER, true, 1)),
                PRICES);
        assertThat(lines).extracting(CommissionLine::role).containsExactly(CommissionRole.SELLER, CommissionRole.COVERING);
        assertThat(lines.get(0).repId()).isEqualTo(SELLER);
        assertThat(lines.get(0).amount()).isEqualByComparingTo("8.79"); // 125.50 × 70 % × 10 % = 8.785
        assertThat(lines.get(1).repId()).isEqualTo(COVERING);
        assertThat(lines.get(1).amount()).isEqualByComparingTo("1.51"); // 125.50 × 30 % × 4 % = 1.506
    }

    @Test
    void facilityStockUsedByItsSellerEarnsTheWholeCommission() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "10")), split("70", "30"));
        List<CommissionLine> lines = rules.earned(on(null), SELLER, false, false, List.of(used(SELLER, true, 1)), PRICES);
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.role()).isEqualTo(CommissionRole.REPRESENTATIVE);
            assertThat(l.sharePercent()).isEqualByComparingTo("100");
            assertThat(l.amount()).isEqualByComparingTo("12.55");
        });
    }

    @Test
    void aStockingOrderEarnsNothingUntilTheStockIsUsed() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "10")), CommissionSplit.standard());
        var sold = new CommissionRules.Sale(UUID.randomUUID(), UUID.randomUUID(), ITEM, 1, SELLER, false, false);
        assertThat(rules.earned(on(null), SELLER, true, false, List.of(sold), PRICES)).isEmpty();
    }

    @Test
    void anEventFlaggedNoCommissionEarnsNothing() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "10")), CommissionSplit.standard());
        assertThat(rules.earned(on(null), SELLER, true, true, List.of(used(SELLER, false, 1)), PRICES)).isEmpty();
    }

    @Test
    void aReversalIsTheOppositeLineNamingTheOriginal() {
        var rules = new CommissionRules(List.of(rate(SELLER, null, "10")), CommissionSplit.standard());
        CommissionLine earned = rules.earned(on(null), SELLER, true, false, List.of(used(SELLER, false, 1)), PRICES).get(0);
        List<CommissionLine> reversals = CommissionRules.reversals(List.of(earned), Instant.now());
        assertThat(reversals).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(CommissionKind.REVERSAL);
            assertThat(r.reversesId()).isEqualTo(earned.id());
            assertThat(r.amount()).isEqualByComparingTo(earned.amount().negate());
            assertThat(r.repId()).isEqualTo(SELLER);
        });
        assertThatThrownBy(() -> reversals.get(0).reversal(Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSplitMustSumToAHundred() {
        assertThatThrownBy(() -> split("60", "30")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("must sum to 100");
        assertThatThrownBy(() -> split("101", "-1")).isInstanceOf(ProblemException.class);
        assertThat(split("62.5", "37.5").sellerPercent()).isEqualByComparingTo("62.5");
    }

    @Test
    void aRateIsAPercentage() {
        assertThatThrownBy(() -> rate(SELLER, null, "100.01")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> rate(SELLER, null, "1.234")).isInstanceOf(ProblemException.class);
    }
}
