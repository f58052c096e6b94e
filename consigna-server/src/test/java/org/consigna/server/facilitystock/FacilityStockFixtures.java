package org.consigna.server.facilitystock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.events.EventFixtures;

/**
 * The facility-stock layer of fixtures, through the public API: a stocking-order event type, stocking orders
 * submitted, and the module's own paths. Devices, facilities and events come from {@link EventFixtures}.
 */
public class FacilityStockFixtures extends EventFixtures {

    private String stockingOrderType;
    private String surgeon;

    public FacilityStockFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
    }

    /** A path under the module's resources: {@code t/{tenant}/facility-stock/...}. */
    public String path(String rest) {
        return tenant.path("facility-stock/" + rest);
    }

    /** The tenant's stocking-order event type, created by the admin on first use. */
    public String stockingOrderType() {
        if (stockingOrderType == null) {
            Map<String, Object> body = new HashMap<>(Map.of("name", "Stocking order", "behaviour", "stocking-order",
                    "patientIdRequired", false, "surgeonRequired", false, "facilityContactRequired", false));
            stockingOrderType = api.as(admin()).body(body).post(tenant.path("events/types")).then().statusCode(201)
                    .extract().path("id");
        }
        return stockingOrderType;
    }

    /** A new, empty stocking order at the facility for the representative, created by {@code token}'s holder. */
    public String stockingOrder(String token, String representativeId, String facilityId) {
        return createEvent(token, newEvent(stockingOrderType(), representativeId, facilityId, null, null));
    }

    /** Sells the devices (in the representative's custody) to the facility in one submitted stocking order. */
    public String sell(String token, String representativeId, String facilityId, List<String> deviceIds) {
        String order = stockingOrder(token, representativeId, facilityId);
        deviceIds.forEach(d -> mark(token, order, d, "used").statusCode(201));
        submit(token, order);
        return order;
    }

    /** A serialized device of the item with an expiry date, received into the custodian's inventory; its id. */
    public String expiring(String custodianId, String itemId, java.time.LocalDate expiry) {
        List<String> ids = inventory.receive(admin(), custodianId, itemId, List.of(Map.of("serial",
                "SN-" + java.util.UUID.randomUUID().toString().substring(0, 10), "expiry", expiry.toString())))
                .statusCode(201).extract().path("deviceIds");
        return ids.get(0);
    }

    public void submit(String token, String eventId) {
        api.as(token).post(tenant.path("events/" + eventId + "/submit")).then().statusCode(200);
    }

    /** A case (the tenant's built-in case type) at the facility for the representative, with one surgeon for all. */
    public String caseAt(String token, String representativeId, String facilityId) {
        if (surgeon == null) {
            surgeon = surgeon("Bailey");
        }
        return createEvent(token, newEvent(caseType(), representativeId, facilityId, surgeon, "MRN-7"));
    }
}
