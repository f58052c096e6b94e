package org.consigna.server.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every POST and PUT route of every module, with a valid body for the fixture's tenant (or none). */
final class WriteOperations {

    /** {@code path} has its ids filled in; {@code ids} says which path segments are ids, for hostile paths. */
    record Operation(String method, String path, JsonObject body, boolean optionalBody, List<String> ids) {
        String name() {
            return method + " " + path;
        }
    }

    private final InputFixture f;
    private final List<Operation> all = new ArrayList<>();

    private WriteOperations(InputFixture f) {
        this.f = f;
    }

    static List<Operation> of(InputFixture f) {
        WriteOperations ops = new WriteOperations(f);
        ops.identity();
        ops.tenants();
        ops.events();
        ops.inventory();
        ops.facilityStock();
        ops.billing();
        ops.purchasing();
        return ops.all;
    }

    private void identity() {
        post("members", Map.of("email", "new@" + f.tenant.id() + ".test", "firstName", "New", "lastName", "Person", "role", "sales"));
        put("members/" + f.sales + "/role", Map.of("role", "distributor"), f.sales);
        none("members/" + f.sales + "/disable", f.sales);
        post("sharing-links", Map.of("distributorId", f.custodian, "salesId", f.sales));
        none("sharing-links/" + FixtureIds.UNKNOWN + "/remove", FixtureIds.UNKNOWN);
        post("custodians", Map.of("displayName", "Depot 2", "email", "depot@" + f.tenant.id() + ".test"));
    }

    private void tenants() {
        String id = f.tenant.id();
        add("POST", "platform/tenants", Map.of("id", "new-" + id, "displayName", "New", "modules", List.of("events"),
                "timeZone", "Europe/Paris", "currency", "EUR", "admin", Map.of("email", "a@new.test", "firstName", "A",
                        "lastName", "B")), false, List.of());
        add("POST", "platform/tenants/" + id + "/suspend", Map.of("reason", "unpaid"), false, List.of(id));
        add("POST", "platform/tenants/" + id + "/modules", Map.of("modules", List.of("inventory")), false, List.of(id));
        add("POST", "platform/tenants/" + id + "/retry", null, false, List.of(id));
        put("settings", Map.of("displayName", "Renamed", "timeZone", "Europe/Paris", "currency", "EUR"));
    }

    private void events() {
        post("events", Map.of("typeId", f.caseType, "representativeId", f.sales, "name", "Hip case", "date", "2026-03-03",
                "facilityId", f.facility, "newFacilityContact", Map.of("name", "Dr Who", "title", "Nurse", "email",
                        "who@h.test", "phone", "555"), "surgeonId", f.surgeon, "patientId", "P-1",
                "productLineIds", List.of(f.productLine), "notes", "n"));
        put("events/" + f.event, Map.of("name", "Knee case 2", "date", "2026-03-04", "facilityId", f.facility,
                "facilityContactId", f.contact, "surgeonId", f.surgeon, "productLineIds", List.of(f.productLine)), f.event);
        optional("events/" + f.event + "/submit", Map.of("attributes", Map.of("po", "PO-1")), f.event);
        none("events/" + f.event + "/reopen", f.event);
        post("events/" + f.event + "/lines", Map.of("deviceId", f.device, "quantity", 1, "usage", "used"), f.event);
        put("events/" + f.event + "/lines/" + f.line, Map.of("usage", "implanted"), f.event, f.line);
        optional("events/" + f.event + "/lines/" + f.line + "/remove", Map.of("usage", "unused"), f.event, f.line);
        Map<String, Object> type = Map.of("name", "Loaner", "behaviour", "case", "patientIdRequired", false,
                "surgeonRequired", true, "facilityContactRequired", false, "billingApplies", true);
        post("events/types", type);
        put("events/types/" + f.caseType, Map.of("name", "Case", "patientIdRequired", false, "surgeonRequired", true,
                "facilityContactRequired", false, "billingApplies", true), f.caseType);
        none("events/types/" + f.caseType + "/deactivate", f.caseType);
        Map<String, Object> facility = Map.of("name", "Clinic", "street", "1 Main St", "city", "Lyon", "region", "ARA",
                "postalCode", "69001", "country", "France", "phone", "555");
        post("events/facilities", facility);
        put("events/facilities/" + f.facility, facility, f.facility);
        none("events/facilities/" + f.facility + "/deactivate", f.facility);
        Map<String, Object> contact = Map.of("name", "Ann", "title", "Buyer", "email", "ann@h.test", "phone", "555");
        post("events/facilities/" + f.facility + "/contacts", contact, f.facility);
        put("events/facilities/" + f.facility + "/contacts/" + f.contact,
                Map.of("name", "Ann", "title", "Buyer", "active", true), f.facility, f.contact);
        put("events/facilities/" + f.facility + "/billing-contacts", Map.of("contactIds", List.of(f.contact)), f.facility);
        post("events/surgeons", Map.of("firstName", "Derek", "lastName", "Shepherd", "specialty", "Neuro"));
        put("events/surgeons/" + f.surgeon, Map.of("firstName", "Meredith", "lastName", "Grey", "specialty", "General",
                "active", true), f.surgeon);
    }

    private void inventory() {
        post("inventory/product-lines", Map.of("name", "Hips", "description", "d"));
        put("inventory/product-lines/" + f.productLine, Map.of("name", "Knees", "description", "d", "active", true), f.productLine);
        Map<String, Object> item = Map.of("productLineId", f.productLine, "catalogNumber", "CAT-9", "description", "Screw",
                "gtin", "09506000134352", "tracking", "lot", "singleUse", true, "listPrice", new java.math.BigDecimal("12.50"));
        post("inventory/items", item);
        put("inventory/items/" + f.item, item, f.item);
        Map<String, Object> location = Map.of("name", "Depot", "kind", "office", "address",
                Map.of("line1", "2 Rue", "city", "Paris", "postalCode", "75001", "country", "FR"));
        post("inventory/locations", location);
        put("inventory/locations/" + f.location, location, f.location);
        post("inventory/receipts", Map.of("custodianId", f.sales, "itemId", f.item, "reference", "R-1", "expiry", "2030-01-31",
                "lines", List.of(Map.of("serial", "SN-9", "quantity", 1, "udi", "(01)09506000134352(21)SN-9"))));
        post("inventory/adjustments", Map.of("reason", "found", "note", "n", "lines", List.of(Map.of("deviceId", f.device, "delta", 1))));
        post("inventory/transfers", Map.of("toCustodianId", f.custodian, "note", "n",
                "lines", List.of(Map.of("deviceId", f.device, "quantity", 1))));
        optional("inventory/transfers/" + f.transfer + "/accept", Map.of("lines", List.of(f.transferLine), "note", "ok"), f.transfer);
        optional("inventory/transfers/" + f.transfer + "/reject", Map.of("note", "no"), f.transfer);
        optional("inventory/transfers/" + f.transfer + "/cancel", Map.of("note", "no"), f.transfer);
        post("inventory/devices/" + f.device + "/tags", Map.of("tag", "loaner"), f.device);
        post("inventory/devices/" + f.device + "/notes", Map.of("text", "scratched"), f.device);
        put("inventory/devices/" + f.device + "/details", Map.of("expiry", "2031-01-31", "udi", "(01)09506000134352"), f.device);
        post("inventory/devices/" + f.device + "/deactivate", Map.of("reason", "lost"), f.device);
        post("inventory/udi/parse", Map.of("udi", "(01)09506000134352(17)301231(10)LOT"));
    }

    private void facilityStock() {
        put("facility-stock/settings", Map.of("custodiansSetPar", true));
        put("facility-stock/facilities/" + f.facility + "/par-levels/" + f.item, Map.of("par", 2), f.facility, f.item);
        optional("facility-stock/facilities/" + f.facility + "/refill", Map.of("custodianId", f.sales, "typeId", f.caseType),
                f.facility);
        none("facility-stock/alerts/" + FixtureIds.UNKNOWN + "/acknowledge", FixtureIds.UNKNOWN);
        none("facility-stock/expiry-digests/today");
        put("facility-stock/commissions/rates", Map.of("repId", f.sales, "surgeonId", f.surgeon,
                "ratePercent", new java.math.BigDecimal("12.50")));
        put("facility-stock/commissions/split", Map.of("sellerPercent", new java.math.BigDecimal("60.00"),
                "coveringPercent", new java.math.BigDecimal("40.00")));
        put("facility-stock/commissions/events/" + f.event, Map.of("noCommission", true, "reason", "house account"), f.event);
        optional("facility-stock/commissions/lines/" + FixtureIds.UNKNOWN + "/payment", Map.of("reference", "PAY-1"),
                FixtureIds.UNKNOWN);
    }

    /** The price-sheet upload ({@code text/csv}) is not here: this harness sends JSON bodies only. */
    private void billing() {
        java.math.BigDecimal price = new java.math.BigDecimal("99.50");
        post("billing/events/" + f.event + "/close", Map.of(
                "lines", List.of(Map.of("lineId", f.line, "unitPrice", price, "reason", "contract")),
                "signatures", Map.of("rep", Map.of("typedName", "Sam Sales"), "provider", Map.of("typedName", "Dr Grey")),
                "poNumber", "PO-7",
                "replenish", Map.of("all", false, "lineIds", List.of(f.line), "fromCustodianId", f.custodian)), f.event);
        put("billing/events/" + f.event + "/lines/" + f.line + "/price", Map.of("unitPrice", price, "reason", "contract"),
                f.event, f.line);
        put("billing/events/" + f.event + "/po", Map.of("poNumber", "PO-8", "correction", false,
                "lines", List.of(Map.of("lineId", f.line, "itemId", f.item, "quantity", 1, "unitPrice", price))), f.event);
        post("billing/price-lists", Map.of("name", "List B", "prices", List.of(Map.of("itemId", f.item, "unitPrice", price))));
        put("billing/price-lists/" + f.priceList + "/prices", Map.of("prices", List.of(Map.of("itemId", f.item,
                "unitPrice", price))), f.priceList);
        post("billing/price-lists/" + f.priceList + "/facilities", Map.of("facilityIds", List.of(f.facility)), f.priceList);
        optional("billing/events/" + f.event + "/sales-order/shares", Map.of("to", "buyer@h.test"), f.event);
        put("billing/facilities/" + f.facility + "/po-reminders", Map.of("enabled", false), f.facility);
    }

    private void purchasing() {
        Map<String, Object> vendor = Map.of("name", "Acme 2", "email", "sales@acme.test", "active", true);
        post("purchasing/vendors", vendor);
        put("purchasing/vendors/" + f.vendor, vendor, f.vendor);
        put("purchasing/vendors/" + f.vendor + "/items/" + f.item, Map.of("partNumber", "AC-1",
                "unitCost", new java.math.BigDecimal("3.25"), "leadTimeDays", 5, "preferred", true), f.vendor, f.item);
        post("purchasing/templates", Map.of("name", "Template 2"));
        put("purchasing/templates/" + f.template + "/lines/" + f.item, Map.of("vendorId", f.vendor, "min", 1, "base", 3),
                f.template, f.item);
        put("purchasing/recipients/" + f.custodian, Map.of("templateId", f.template, "autoReplenish", false), f.custodian);
        put("purchasing/recipients/" + f.sales + "/overrides/" + f.item, Map.of("vendorId", f.vendor, "min", 1, "base", 4),
                f.sales, f.item);
        post("purchasing/recipients/" + f.sales + "/usage", Map.of("itemId", f.item, "quantity", 1, "note", "installed"), f.sales);
        put("purchasing/settings", Map.of("expiryHorizonDays", 30, "requisitionsEnabled", true));
        post("purchasing/replenishment/orders", Map.of("lines", List.of(Map.of("recipientId", f.sales, "itemId", f.item))));
        String order = FixtureIds.UNKNOWN;
        post("purchasing/purchase-orders/" + order + "/receipts", Map.of("lines", List.of(Map.of("lineId", FixtureIds.UNKNOWN,
                "quantity", 1, "lot", "L-1", "expiry", "2030-01-31"))), order);
        post("purchasing/purchase-orders/" + order + "/cancel", Map.of("reason", "duplicate"), order);
        post("purchasing/requisitions", Map.of("recipientId", f.sales, "lines", List.of(Map.of("itemId", f.item, "quantity", 1))));
        post("purchasing/requisitions/" + f.requisition + "/orders", Map.of("lines", List.of(Map.of("lineId", f.requisitionLine,
                "quantity", 1, "vendorId", f.vendor))), f.requisition);
        post("purchasing/requisitions/" + f.requisition + "/reject", Map.of("reason", "not needed"), f.requisition);
        post("purchasing/counts", Map.of("recipientId", f.custodian));
        put("purchasing/counts/" + f.count + "/lines/" + f.item, Map.of("counted", 1, "ticked", true), f.count, f.item);
        none("purchasing/counts/" + f.count + "/apply", f.count);
        none("purchasing/counts/" + f.count + "/cancel", f.count);
        post("purchasing/reason-codes", Map.of("code", "EXP", "label", "Expired", "requiresReimbursement", true));
        post("purchasing/spillage-reports", Map.of("recipientId", f.sales));
        post("purchasing/spillage-reports/" + f.spillageReport + "/lines", Map.of("itemId", f.item, "quantity", 1,
                "reasonCodeId", f.reasonCode, "note", "dropped"), f.spillageReport);
        none("purchasing/spillage-reports/" + f.spillageReport + "/lock", f.spillageReport);
        none("purchasing/spillage-reports/" + f.spillageReport + "/rmas", f.spillageReport);
        none("purchasing/spillage-reports/" + f.spillageReport + "/close", f.spillageReport);
        put("purchasing/rmas/" + FixtureIds.UNKNOWN + "/status", Map.of("status", "shipped"), FixtureIds.UNKNOWN);
        post("purchasing/kits", Map.of("name", "Kit 2"));
        put("purchasing/kits/" + f.kit + "/items/" + f.item, Map.of("quantity", 2), f.kit, f.item);
        post("purchasing/kits/" + f.kit + "/assignments", Map.of("recipientId", f.sales, "kits", 1), f.kit);
    }

    private void post(String rest, Map<String, ?> body, String... ids) {
        add("POST", f.path(rest), body, false, List.of(ids));
    }

    private void put(String rest, Map<String, ?> body, String... ids) {
        add("PUT", f.path(rest), body, false, List.of(ids));
    }

    private void optional(String rest, Map<String, ?> body, String... ids) {
        add("POST", f.path(rest), body, true, List.of(ids));
    }

    private void none(String rest, String... ids) {
        add("POST", f.path(rest), null, false, List.of(ids));
    }

    private void add(String method, String path, Map<String, ?> body, boolean optional, List<String> ids) {
        all.add(new Operation(method, path, body == null ? null : (JsonObject) json(body), optional, ids));
    }

    static JsonValue json(Object value) {
        if (value instanceof Map<?, ?> map) {
            var object = Json.createObjectBuilder();
            map.forEach((k, v) -> object.add((String) k, json(v)));
            return object.build();
        } else if (value instanceof List<?> list) {
            var array = Json.createArrayBuilder();
            list.forEach(v -> array.add(json(v)));
            return array.build();
        } else if (value instanceof String text) {
            return Json.createValue(text);
        } else if (value instanceof Integer number) {
            return Json.createValue(number);
        } else if (value instanceof java.math.BigDecimal number) {
            return Json.createValue(number);
        } else if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        throw new IllegalArgumentException(String.valueOf(value));
    }

    /** An id no fixture has. */
    static final class FixtureIds {
        static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

        private FixtureIds() {
        }
    }
}
