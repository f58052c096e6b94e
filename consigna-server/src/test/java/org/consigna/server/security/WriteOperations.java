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
