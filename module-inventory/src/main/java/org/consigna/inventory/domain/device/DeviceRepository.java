package org.consigna.inventory.domain.device;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Devices of the current tenant, their tags and notes. */
public interface DeviceRepository {

    Optional<Device> find(UUID id);

    /** Locks the device's row until the transaction ends: the second of two concurrent changes waits and sees the first. */
    Optional<Device> lock(UUID id);

    /** The devices of these ids that exist, in no particular order. */
    List<Device> findAll(Collection<UUID> ids);

    /** Locks the devices in id order, so two transactions locking overlapping sets never deadlock. */
    List<Device> lock(Collection<UUID> ids);

    /**
     * Locks the usable devices of an item a custodian holds (active, not facility stock, not in a pending transfer, some
     * quantity), earliest expiry first (none last), then oldest received: the order counted stock is taken out in.
     */
    List<Device> lockHeld(UUID custodianId, UUID itemId);

    /** Of the given serials of one item, those a live device holds (a consumed one still holds its serial). */
    Set<String> takenSerials(UUID itemId, Collection<String> serials);

    void add(Device device);

    /** Inserts new devices at once (bulk receipts); they are not managed afterwards. */
    void addAll(List<Device> devices);

    Set<String> tags(UUID deviceId);

    void add(DeviceTag tag);

    /** The device's notes, newest first, after the note ({@code beforeCreated}, {@code beforeId}) if given. */
    List<DeviceNote> notes(UUID deviceId, java.time.Instant beforeCreated, UUID beforeId, int limit);

    void add(DeviceNote note);

    /**
     * Writes pending changes now, inside the use case, so that a refusal by the database (a duplicate,
     * a concurrent update) surfaces as its problem instead of as a failed commit after the method.
     */
    void flush();
}
