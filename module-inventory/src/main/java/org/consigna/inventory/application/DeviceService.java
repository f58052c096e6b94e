package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.domain.catalog.CatalogRepository;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceNote;
import org.consigna.inventory.domain.device.DeviceRepository;
import org.consigna.inventory.domain.device.DeviceTag;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.domain.ledger.LedgerRepository;
import org.consigna.inventory.domain.ledger.Source;
import org.consigna.inventory.domain.udi.Gs1Parser;
import org.consigna.inventory.domain.udi.Udi;
import org.consigna.platform.problem.ProblemException;

/** One device: look, history, tags and notes (on any device), edits and manual deactivation (active ones only). */
@ApplicationScoped
@Transactional
public class DeviceService {

    @Inject
    Claims claims;

    @Inject
    DeviceRepository devices;

    @Inject
    LedgerRepository entries;

    @Inject
    CatalogRepository catalog;

    @Inject
    Access access;

    @Inject
    Ledger ledger;

    public Device load(UUID id) {
        return access.requireVisible(devices.find(id).orElseThrow(() -> Access.deviceNotFound(id)));
    }

    public List<LedgerEntry> history(UUID id, Long beforeSeq, int limit) {
        load(id);
        return entries.history(id, beforeSeq, limit);
    }

    public Set<String> tags(UUID id) {
        load(id);
        return devices.tags(id);
    }

    /** Adding a tag the device already has changes nothing. */
    public Set<String> tag(UUID id, String tag) {
        Device device = load(id);
        access.requireMayActFor(device);
        String normalized = DeviceTag.normalize(tag);
        Set<String> tags = devices.tags(id);
        if (!tags.contains(normalized)) {
            devices.add(new DeviceTag(id, normalized, access.actor(), Instant.now()));
            devices.flush();
            tags.add(normalized);
        }
        return tags;
    }

    public List<DeviceNote> notes(UUID id, Instant beforeCreated, UUID beforeId, int limit) {
        load(id);
        return devices.notes(id, beforeCreated, beforeId, limit);
    }

    public DeviceNote note(UUID id, String text) {
        Device device = load(id);
        access.requireMayActFor(device);
        DeviceNote note = new DeviceNote(id, text, access.actor(), Instant.now());
        devices.add(note);
        devices.flush();
        return note;
    }

    /** Corrects expiry and raw UDI; a UDI must name this device's item, serial and lot. */
    public Device edit(UUID id, LocalDate expiry, String udi) {
        Device device = lockForChange(id);
        device.requireActionable("edited");
        LocalDate newExpiry = expiry;
        if (udi != null && !udi.isBlank()) {
            Udi parsed = new Gs1Parser().parse(udi);
            String gtin = catalog.findItem(device.itemId()).map(i -> i.gtin()).orElse(null);
            if (!parsed.gtin().equals(gtin) || parsed.serial() != null && !parsed.serial().equals(device.serial())
                    || parsed.lot() != null && !parsed.lot().equals(device.lot())) {
                throw ProblemException.badRequest("udi-mismatch", "The UDI names another device: GTIN, serial and lot"
                        + " must be this device's");
            }
            newExpiry = expiry != null ? expiry : parsed.expiry();
        }
        device.edit(newExpiry, udi == null || udi.isBlank() ? device.udi() : udi, Instant.now());
        devices.flush();
        return device;
    }

    public Device deactivate(UUID id, String reason) {
        Device device = lockForChange(id);
        claims.requireUnclaimed(List.of(id), "deactivated");
        UUID actor = access.actor();
        ledger.post(List.of(device.deactivate(reason.trim(), actor, Instant.now())),
                new Act(actor, device.custodian().id(), Source.of("deactivation", UUID.randomUUID(), null)));
        devices.flush();
        return device;
    }

    /** Locks the row first, so of two concurrent changes the second sees the first. */
    public Device lockForChange(UUID id) {
        Device device = access.requireVisible(devices.lock(id).orElseThrow(() -> Access.deviceNotFound(id)));
        access.requireMayActFor(device);
        return device;
    }
}
