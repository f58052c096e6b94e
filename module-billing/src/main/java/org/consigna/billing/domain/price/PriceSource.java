package org.consigna.billing.domain.price;

import org.consigna.platform.wire.WireEnum;

/** Where a resolved unit price comes from, in the order they are tried. */
public enum PriceSource implements WireEnum {
    CONTRACT("contract"),
    PRICE_LIST("price-list"),
    LIST_PRICE("list-price");

    private final String wire;

    PriceSource(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
