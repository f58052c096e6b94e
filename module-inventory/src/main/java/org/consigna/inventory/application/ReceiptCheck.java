package org.consigna.inventory.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.Tracking;
import org.consigna.inventory.domain.udi.Gs1ParseException;
import org.consigna.inventory.domain.udi.Gs1Parser;
import org.consigna.inventory.domain.udi.Udi;
import org.consigna.platform.problem.ProblemException;

/**
 * Checks every line of a receipt against its item before anything is written, and reports all
 * faulty lines at once (line numbers from 1), so a scanner batch is fixed in one go.
 */
final class ReceiptCheck {

    /** A line as it will be received. */
    record Checked(Item item, String serial, String lot, LocalDate expiry, int quantity, String udi) {
    }

    private static final int MAX_LISTED = 100;
    /** Units of one lot in one line; a receipt of 20,000 such lines still sums within the ledger's 32-bit balances. */
    static final int MAX_QUANTITY = 100_000;

    private final Gs1Parser parser = new Gs1Parser();
    private final List<Map<String, Object>> errors = new ArrayList<>();
    private int errorCount;

    List<Checked> check(Receipt receipt, Function<UUID, Item> itemById, Function<String, Item> itemByGtin) {
        List<Checked> checked = new ArrayList<>(receipt.lines().size());
        for (int i = 0; i < receipt.lines().size(); i++) {
            Receipt.Line line = receipt.lines().get(i);
            try {
                checked.add(check(line, receipt.itemId(), itemById, itemByGtin));
            } catch (ProblemException | Gs1ParseException e) {
                fail(i + 1, e.getMessage());
            }
        }
        if (errorCount > 0) {
            throw new ProblemException(400, "invalid-receipt", "Invalid receipt", errorCount
                    + " line(s) of the receipt are invalid; nothing was received", Map.of("errors", errors));
        }
        return checked;
    }

    private Checked check(Receipt.Line line, UUID receiptItem, Function<UUID, Item> itemById,
                          Function<String, Item> itemByGtin) {
        String serial = clean(line.serial(), "serial");
        String lot = clean(line.lot(), "lot");
        LocalDate expiry = line.expiry();
        Item item = line.itemId() != null ? itemById.apply(line.itemId()) : receiptItem != null ? itemById.apply(receiptItem) : null;
        String udi = line.udi() == null || line.udi().isBlank() ? null : line.udi();
        if (udi != null && udi.length() > 500) {
            throw ProblemException.badRequest("too-long", "udi has more than 500 characters");
        }
        if (udi != null) {
            Udi parsed = parser.parse(udi);
            Item byGtin = itemByGtin.apply(parsed.gtin());
            if (item != null && !item.id().equals(byGtin.id())) {
                throw ProblemException.badRequest("udi-mismatch", "the UDI's GTIN " + parsed.gtin() + " is item "
                        + byGtin.catalogNumber() + ", not " + item.catalogNumber());
            }
            item = byGtin;
            serial = agree("serial", serial, parsed.serial());
            lot = agree("lot", lot, parsed.lot());
            expiry = agree("expiry", expiry, parsed.expiry());
        }
        if (item == null) {
            throw ProblemException.badRequest("item-required", "no item: give itemId (on the line or the receipt) or a UDI");
        }
        item.requireActive();
        int quantity = line.quantity() == null ? 1 : line.quantity();
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw ProblemException.badRequest("invalid-quantity", "quantity must be from 1 to " + MAX_QUANTITY);
        }
        Tracking tracking = item.tracking();
        if (tracking == Tracking.SERIAL && (serial == null || quantity != 1)) {
            throw ProblemException.badRequest("serial-required", "item " + item.catalogNumber()
                    + " is serialized: each line needs a serial and quantity 1");
        }
        if (tracking != Tracking.SERIAL && serial != null) {
            throw ProblemException.badRequest("serial-not-tracked", "item " + item.catalogNumber() + " is not serialized: leave the serial out");
        }
        if (tracking == Tracking.LOT && lot == null) {
            throw ProblemException.badRequest("lot-required", "item " + item.catalogNumber() + " is lot-tracked: give the lot");
        }
        if (tracking == Tracking.NONE && lot != null) {
            throw ProblemException.badRequest("lot-not-tracked", "item " + item.catalogNumber() + " is not lot-tracked: leave the lot out");
        }
        return new Checked(item, serial, lot, expiry, quantity, udi);
    }

    private static String clean(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > 100) {
            throw ProblemException.badRequest("too-long", field + " has more than 100 characters");
        }
        return trimmed;
    }

    /** A value given both on the line and in the UDI must be the same. */
    private static <T> T agree(String field, T given, T fromUdi) {
        if (given != null && fromUdi != null && !Objects.equals(given, fromUdi)) {
            throw ProblemException.badRequest("udi-mismatch", field + " " + given + " differs from the UDI's " + fromUdi);
        }
        return given != null ? given : fromUdi;
    }

    private void fail(int line, String message) {
        errorCount++;
        if (errors.size() < MAX_LISTED) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", line);
            error.put("message", message);
            errors.add(error);
        }
    }
}
