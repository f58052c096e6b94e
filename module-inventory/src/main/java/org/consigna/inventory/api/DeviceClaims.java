package org.consigna.inventory.api;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Work of another module that holds devices where they are: an open event, for instance, whose
 * devices are in a surgery and must not be sent away, adjusted or deactivated meanwhile. A module
 * contributes an implementation as a CDI bean; inventory asks every one of them after it has locked
 * the devices' rows and refuses the change (409 {@code device-claimed}) for a claimed device.
 *
 * <p>A module that claims a device must lock it first through {@link DeviceInventory#availability},
 * in the same transaction as it records the claim: the row lock orders the claim and inventory's
 * change, so one of them always sees the other. Inventory asks only the contributors of modules the
 * current tenant has enabled (the platform's {@code TenantContributions} picks them), so a contributor
 * may assume its tables exist.
 */
public interface DeviceClaims {

    /** What holds each of these devices now, in words a user reads ("open event 'Knee, bed 4'"); unclaimed devices are absent. */
    Map<UUID, String> heldBy(Collection<UUID> deviceIds);
}
