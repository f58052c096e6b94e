package org.consigna.billing.domain.price;

import org.consigna.platform.wire.WireEnum;

/** Where a line's unit price came from: the facility's contract, the price list assigned to it, or the item's list price. */
public enum PriceSource implements WireEnum {
    CONTRACT("contract"), PRICE_LIST("price-list"), LIST_PRICE("list-price");

    private final String wire;

    PriceSource(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
