package org.consigna.facilitystock.domain.dashboard;

import java.math.BigDecimal;

/** Units and value sold through stocking orders and consumed from facility stock in cases. */
public record Amounts(long soldUnits, BigDecimal soldValue, long consumedUnits, BigDecimal consumedValue) {

    public static final Amounts ZERO = new Amounts(0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    public Amounts plus(Amounts other) {
        return new Amounts(soldUnits + other.soldUnits, soldValue.add(other.soldValue),
                consumedUnits + other.consumedUnits, consumedValue.add(other.consumedValue));
    }

    public Amounts negate() {
        return new Amounts(-soldUnits, soldValue.negate(), -consumedUnits, consumedValue.negate());
    }

    public boolean isZero() {
        return soldUnits == 0 && consumedUnits == 0 && soldValue.signum() == 0 && consumedValue.signum() == 0;
    }
}
