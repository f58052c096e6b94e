package org.consigna.billing.application.price;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.consigna.billing.application.price.PriceProblems.CellError;
import org.consigna.billing.domain.price.UnitPrices;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.platform.web.CsvReader;

/**
 * Reads an uploaded price sheet: a header naming {@code unitPrice} and {@code catalogNumber} or {@code itemId} (or
 * both: a row gives one of them), one row per item of the current tenant. Every bad cell is reported, by row and
 * column, before anything is written.
 */
@ApplicationScoped
public class PriceSheetReader {

    public static final int MAX_ROWS = 10_000;
    static final String ITEM_ID = "itemId";
    static final String CATALOG_NUMBER = "catalogNumber";
    static final String UNIT_PRICE = "unitPrice";

    @Inject
    InventoryCatalog catalog;

    /** A sheet row as read: the item it names and its price. */
    public record SheetRow(int row, UUID itemId, BigDecimal unitPrice) {
    }

    public List<SheetRow> read(String csv) {
        CsvReader.Table table = CsvReader.read(csv, MAX_ROWS);
        boolean byId = table.has(ITEM_ID);
        boolean byNumber = table.has(CATALOG_NUMBER);
        if (!table.has(UNIT_PRICE) || !byId && !byNumber) {
            throw PriceProblems.invalidSheet(List.of(new CellError(1, "header", "the header row names the columns "
                    + UNIT_PRICE + " and " + CATALOG_NUMBER + " or " + ITEM_ID + "; got " + table.header())));
        }
        if (table.rows().isEmpty()) {
            throw PriceProblems.invalidSheet(List.of(new CellError(2, UNIT_PRICE, "the sheet has no price rows")));
        }
        List<CellError> errors = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (CsvReader.Row row : table.rows()) {
            UUID id = parseId(row);
            if (id != null) {
                ids.add(id);
            } else if (row.get(ITEM_ID) == null && row.get(CATALOG_NUMBER) != null) {
                numbers.add(row.get(CATALOG_NUMBER));
            }
        }
        Map<UUID, ItemSummary> byIds = catalog.items(ids);
        Map<String, ItemSummary> byNumbers = catalog.itemsByCatalogNumber(numbers);
        List<SheetRow> rows = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (CsvReader.Row row : table.rows()) {
            UUID item = item(row, byIds, byNumbers, errors);
            BigDecimal price = price(row, errors);
            if (item != null && seen.containsKey(item)) {
                errors.add(new CellError(row.number(), row.get(ITEM_ID) != null ? ITEM_ID : CATALOG_NUMBER,
                        "the item is already priced on row " + seen.get(item)));
            } else if (item != null) {
                seen.put(item, row.number());
            }
            if (item != null && price != null) {
                rows.add(new SheetRow(row.number(), item, price));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            throw PriceProblems.invalidSheet(errors);
        }
        return rows;
    }

    private static UUID parseId(CsvReader.Row row) {
        String text = row.get(ITEM_ID);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null; // reported once, by item()
        }
    }

    private static UUID item(CsvReader.Row row, Map<UUID, ItemSummary> byIds, Map<String, ItemSummary> byNumbers,
                             List<CellError> errors) {
        String id = row.get(ITEM_ID);
        String number = row.get(CATALOG_NUMBER);
        if (id != null) {
            UUID parsed = parseId(row);
            if (parsed == null) {
                errors.add(new CellError(row.number(), ITEM_ID, "'" + id + "' is not an item id"));
            } else if (!byIds.containsKey(parsed)) {
                errors.add(new CellError(row.number(), ITEM_ID, "there is no item '" + id + "' in this tenant"));
            }
            return parsed != null && byIds.containsKey(parsed) ? parsed : null;
        }
        if (number == null) {
            errors.add(new CellError(row.number(), CATALOG_NUMBER, "the row names no item (catalog number or item id)"));
            return null;
        }
        ItemSummary item = byNumbers.get(number);
        if (item == null) {
            errors.add(new CellError(row.number(), CATALOG_NUMBER, "there is no item with catalog number '" + number
                    + "' in this tenant"));
            return null;
        }
        return item.id();
    }

    private static BigDecimal price(CsvReader.Row row, List<CellError> errors) {
        String text = row.get(UNIT_PRICE);
        if (text == null) {
            errors.add(new CellError(row.number(), UNIT_PRICE, "a unit price is required"));
            return null;
        }
        BigDecimal price;
        try {
            price = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new CellError(row.number(), UNIT_PRICE, "'" + text + "' is not a number such as 125.50"));
            return null;
        }
        String problem = UnitPrices.problemWith(price);
        if (problem != null) {
            errors.add(new CellError(row.number(), UNIT_PRICE, problem));
            return null;
        }
        return price;
    }
}
