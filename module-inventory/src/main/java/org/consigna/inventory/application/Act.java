package org.consigna.inventory.application;

import java.util.UUID;
import org.consigna.inventory.domain.ledger.Source;

/**
 * Who did something, for whose custody, and from which document: what every ledger entry of one
 * use case shares. {@code onBehalfOf} is the custodian the actor acted for (an admin or a linked
 * user acting for someone else is recorded as such).
 */
public record Act(UUID actor, UUID onBehalfOf, Source source) {
}
