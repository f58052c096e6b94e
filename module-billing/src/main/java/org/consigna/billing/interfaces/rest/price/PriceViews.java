package org.consigna.billing.interfaces.rest.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.billing.domain.price.PriceList;
import org.consigna.billing.domain.price.PriceListAssignment;
import org.consigna.billing.domain.price.PriceSheet;
import org.consigna.billing.domain.price.ResolvedPrice;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;

/** Prices as clients see them; items named by catalog number and description, facilities by name. */
public final class PriceViews {

    private PriceViews() {
    }

    /** A price list in a list of them. */
    public record PriceListSummary(UUID id, String name, UUID createdBy, Instant createdAt) {
        static PriceListSummary of(PriceList l) {
            return new PriceListSummary(l.id(), l.name(), l.createdBy(), l.createdAt());
        }
    }

    /** A price list with its item prices, the facilities it is assigned to now, and every assignment since it began. */
    public record PriceListView(UUID id, String name, UUID createdBy, Instant createdAt, List<ItemPriceView> prices,
                                List<AssignmentView> facilities, List<AssignmentView> assignments) {
    }

    /** An item's unit price as entered (a price list's), with who set it last. */
    public record ItemPriceView(UUID itemId, String catalogNumber, String description, BigDecimal unitPrice,
                                UUID setBy, Instant setAt) {
    }

    /** A facility's assignment to a price list; {@code endedAt} set once it was unassigned or moved to another list. */
    public record AssignmentView(UUID facilityId, String facilityName, UUID assignedBy, Instant assignedAt,
                                 UUID endedBy, Instant endedAt) {
        static AssignmentView of(PriceListAssignment a, Map<UUID, String> names) {
            return new AssignmentView(a.facilityId(), names.get(a.facilityId()), a.assignedBy(), a.assignedAt(),
                    a.endedBy(), a.endedAt());
        }
    }

    /** A facility's price sheet; its lines only when shown alone. */
    public record PriceSheetView(UUID id, UUID facilityId, String fileName, int lineCount, boolean current,
                                 UUID uploadedBy, Instant uploadedAt, UUID replacedBy, Instant replacedAt,
                                 List<SheetLineView> lines) {
        static PriceSheetView of(PriceSheet s, List<SheetLineView> lines) {
            return new PriceSheetView(s.id(), s.facilityId(), s.fileName(), s.lineCount(), s.current(), s.uploadedBy(),
                    s.uploadedAt(), s.replacedBy(), s.replacedAt(), lines);
        }
    }

    /** A contract price of a sheet, with the row of the uploaded file it came from. */
    public record SheetLineView(int row, UUID itemId, String catalogNumber, String description, BigDecimal unitPrice) {
    }

    /** A facility's effective prices: what prices it (sheet, price list) and each item's price with its source. */
    public record FacilityPricesView(UUID facilityId, String facilityName, String currency, UUID priceSheetId,
                                     UUID priceListId, String priceListName, List<PriceView> prices) {
    }

    /** An item's effective unit price, rounded to the currency's scale; source {@code contract}, {@code price-list} or {@code list-price}. */
    public record PriceView(UUID itemId, String catalogNumber, String description, BigDecimal unitPrice, String source,
                            String sourceName) {
        static PriceView of(ResolvedPrice p, ItemSummary item) {
            return new PriceView(p.itemId(), item == null ? null : item.catalogNumber(),
                    item == null ? null : item.description(), p.unitPrice(), p.source().wire(), p.sourceName());
        }
    }
}
