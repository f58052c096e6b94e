package org.consigna.billing.domain.salesorder;

import java.util.List;
import java.util.UUID;

/** The log of an event's sales order shares, oldest first; append-only. */
public interface SalesOrderShares {

    void add(SalesOrderShare share);

    List<SalesOrderShare> of(UUID eventId);
}
