package org.consigna.inventory.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.application.CatalogService;
import org.consigna.inventory.application.DeviceRow;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.domain.device.DeviceNote;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.interfaces.rest.CustodianNames.CustodianView;

/** Devices, their notes and ledger entries as the API shows them; item and custodian names looked up once per request. */
@RequestScoped
@Transactional
public class DeviceViews {

    @Inject
    CatalogService catalog;

    @Inject
    CustodianNames custodians;

    private final Map<UUID, ItemRef> items = new HashMap<>();

    public record ItemRef(UUID id, String catalogNumber, String description) {
    }

    /** Why and when an inactive device became inactive. */
    public record Inactive(String cause, String reason, UUID by, Instant at) {
    }

    public record DeviceView(UUID id, ItemRef item, String serial, String lot, LocalDate expiry, int quantity, String status,
                             CustodianView custodian, UUID facilityId, UUID pendingTransferId, Inactive inactive, String udi,
                             Instant receivedAt, List<String> tags) {
    }

    public record NoteView(UUID id, String text, UUID authorId, Instant createdAt) {
        static NoteView of(DeviceNote note) {
            return new NoteView(note.id(), note.text(), note.authorId(), note.createdAt());
        }
    }

    public record SourceView(String type, String id, String reference) {
    }

    /**
     * One ledger entry of a device's history.
     *
     * @param deviceId       the device the entry is about; for {@code split} the part set apart, for {@code merged}
     *                       the part given back
     * @param parentDeviceId for {@code split} (and a used or sent part of a lot) the lot the part came from; for
     *                       {@code merged} the lot it went back into
     * @param quantity       units concerned; for {@code adjusted} the signed change
     * @param status         the device's status after the entry
     * @param balance        the balance of the entry's account (the {@code to} custodian's on-hand of this item
     *                       and lot, consigned or as facility stock of {@code facilityId}) right after the entry;
     *                       the same meaning for every type
     * @param fromBalance    the balance of the account the units left, right after the entry; only when the entry
     *                       moves units between two accounts ({@code transferred}, {@code facility_changed}), else null
     */
    public record EntryView(Long seq, Instant occurredAt, String type, UUID actorId, UUID onBehalfOf, UUID deviceId,
                            UUID parentDeviceId, UUID itemId, String lot, String serial, int quantity, CustodianView from,
                            CustodianView to, UUID facilityId, String status, int balance, Integer fromBalance, String reason,
                            SourceView source) {
    }

    public DeviceView of(Device d, List<String> tags) {
        Inactive inactive = d.inactiveCause() == null ? null
                : new Inactive(Wire.of(d.inactiveCause()), d.inactiveReason(), d.inactiveBy(), d.inactiveAt());
        return new DeviceView(d.id(), item(d.itemId()), d.serial(), d.lot(), d.expiry(), d.quantity(), Wire.of(d.status()),
                custodians.view(d.custodian()), d.facilityId(), d.pendingTransferId(), inactive, d.udi(), d.receivedAt(), tags);
    }

    public DeviceView of(DeviceRow r) {
        Inactive inactive = r.inactiveCause() == null ? null : new Inactive(r.inactiveCause(), r.inactiveReason(), null, r.inactiveAt());
        return new DeviceView(r.id(), new ItemRef(r.itemId(), r.catalogNumber(), r.description()), r.serial(), r.lot(),
                r.expiry(), r.quantity(), r.status(), custodians.view(r.custodianId(), r.custodianKind()), r.facilityId(),
                r.pendingTransferId(), inactive, r.udi(), r.receivedAt(), r.tags());
    }

    public EntryView of(LedgerEntry e) {
        return new EntryView(e.seq(), e.occurredAt(), Wire.of(e.type()), e.actorId(), e.onBehalfOf(), e.deviceId(),
                e.parentDeviceId(), e.itemId(), e.lot(), e.serial(), e.quantity(), custodians.view(e.from()),
                custodians.view(e.to()), e.facilityId(), Wire.of(e.status()), e.balance(), e.fromBalance(), e.reason(),
                new SourceView(e.source().type(), e.source().id(), e.source().reference()));
    }

    private ItemRef item(UUID id) {
        return items.computeIfAbsent(id, key -> {
            Item item = catalog.item(key);
            return new ItemRef(item.id(), item.catalogNumber(), item.description());
        });
    }
}
