package org.consigna.billing.application.price;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.billing.domain.price.PriceList;
import org.consigna.billing.domain.price.PriceListRepository;
import org.consigna.billing.domain.price.PriceSheet;
import org.consigna.billing.domain.price.PriceSheetLine;
import org.consigna.billing.domain.price.PriceSheetRepository;
import org.consigna.billing.domain.price.ResolvedPrice;
import org.consigna.events.api.Facilities;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;

/**
 * A facility's contract prices: each upload of its price sheet replaces the current one, which stays in history;
 * and the facility's effective prices with their sources.
 */
@ApplicationScoped
@Transactional
public class PriceSheetService {

    @Inject
    PriceSheetRepository sheets;

    @Inject
    PriceListRepository lists;

    @Inject
    PriceSheetReader reader;

    @Inject
    PriceResolver resolver;

    @Inject
    Facilities facilities;

    @Inject
    CurrentCaller caller;

    /** The facility's name; one that is not the tenant's is a 404. */
    public String requireFacility(UUID facilityId) {
        return facilities.name(facilityId).orElseThrow(() -> ProblemException.notFound("Facility", facilityId));
    }

    /** Reads the whole sheet first (every bad cell refuses it, nothing written), then replaces the current sheet. */
    public PriceSheet upload(UUID facilityId, String csv, String fileName) {
        requireFacility(facilityId);
        List<PriceSheetReader.SheetRow> rows = reader.read(csv);
        Optional<PriceSheet> previous = sheets.current(facilityId, true);
        // the time is read once the current sheet is locked, so a sheet is never older than the one it replaces
        PriceSheet sheet = new PriceSheet(facilityId, fileName, rows.size(), caller.get().memberId(), Instant.now());
        previous.ifPresent(p -> p.replacedBy(sheet));
        sheets.add(sheet, rows.stream().map(r -> new PriceSheetLine(sheet.id(), r.row(), r.itemId(), r.unitPrice())).toList());
        return sheet;
    }

    public List<PriceSheet> history(UUID facilityId, Instant afterUploadedAt, UUID afterId, int limit) {
        requireFacility(facilityId);
        return sheets.history(facilityId, afterUploadedAt, afterId, limit);
    }

    public PriceSheet sheet(UUID facilityId, UUID sheetId) {
        requireFacility(facilityId);
        return sheets.find(sheetId).filter(s -> s.facilityId().equals(facilityId))
                .orElseThrow(() -> ProblemException.notFound("Price sheet", sheetId));
    }

    public List<PriceSheetLine> lines(UUID sheetId) {
        return sheets.lines(sheetId);
    }

    /** What prices a facility: its current sheet, its assigned list, and the resolved prices of the given items. */
    public record EffectivePrices(String facilityName, String currency, Optional<PriceSheet> sheet,
                                  Optional<PriceList> priceList, Collection<ResolvedPrice> prices) {
    }

    /**
     * The facility's effective prices of these items, or, when none are given, of every item on its current sheet or
     * its assigned price list.
     */
    public EffectivePrices effective(UUID facilityId, List<UUID> itemIds) {
        String name = requireFacility(facilityId);
        Optional<PriceSheet> sheet = sheets.current(facilityId, false);
        Optional<PriceList> list = lists.currentAssignment(facilityId, false).flatMap(a -> lists.find(a.priceListId()));
        Set<UUID> items = new LinkedHashSet<>(itemIds);
        if (items.isEmpty()) {
            sheet.ifPresent(s -> sheets.lines(s.id()).forEach(l -> items.add(l.itemId())));
            list.ifPresent(l -> items.addAll(lists.prices(l.id(), null).keySet()));
        }
        Map<UUID, ResolvedPrice> resolved = resolver.resolve(facilityId, items);
        return new EffectivePrices(name, resolver.currency(), sheet, list, resolved.values());
    }
}
