package org.consigna.billing.domain.close;

import org.consigna.platform.wire.WireEnum;

/** Where a closed event stands in billing: closed (signed), completed (PO entered) or voided (the event was reopened). */
public enum BillingStatus implements WireEnum {
    CLOSED, COMPLETED, VOIDED
}
