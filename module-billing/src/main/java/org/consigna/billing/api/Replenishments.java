package org.consigna.billing.api;

import java.util.List;
import java.util.UUID;

/** The replenishment requests made at closing for purchasing (not sent as transfers), for a module that turns them into purchase orders. */
public interface Replenishments {

    /** The requests of the current tenant's representative (all representatives when null), oldest first. */
    List<ReplenishmentRequested> requested(UUID representativeId, int limit);
}
