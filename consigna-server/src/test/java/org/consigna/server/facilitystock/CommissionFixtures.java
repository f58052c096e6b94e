package org.consigna.server.facilitystock;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;

/** Commission and dashboard fixtures on top of the facility-stock ones, through the public API: rates, split, lines, cases. */
public class CommissionFixtures extends FacilityStockFixtures {

    public CommissionFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
    }

    public String commissions(String rest) {
        return path("commissions/" + rest);
    }

    /** The dashboard over 2026 grouped by {@code groupBy}, as the admin reads it. */
    public Map<String, Object> dashboard(String groupBy) {
        return api.as(admin()).queryParam("from", "2026-01").queryParam("to", "2026-12").queryParam("groupBy", groupBy)
                .get(path("dashboard")).then().statusCode(200).extract().as(Map.class);
    }

    public ValidatableResponse setRate(String repId, String surgeonId, String percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("repId", repId);
        body.put("ratePercent", new BigDecimal(percent));
        if (surgeonId != null) {
            body.put("surgeonId", surgeonId);
        }
        return api.as(admin()).body(body).put(commissions("rates")).then();
    }

    public ValidatableResponse setSplit(String seller, String covering) {
        return api.as(admin()).body(Map.of("sellerPercent", new BigDecimal(seller), "coveringPercent",
                new BigDecimal(covering))).put(commissions("split")).then();
    }

    /** The commission lines of an event, newest first, as the admin sees them. */
    public List<Map<String, Object>> linesOf(String eventId) {
        return api.as(admin()).queryParam("event", eventId).queryParam("limit", 200).get(commissions("lines")).then()
                .statusCode(200).extract().path("items");
    }

    /** A case at the facility with the surgeon, for the representative, holding the devices marked used; not submitted. */
    public String caseWith(String token, String representativeId, String facilityId, String surgeonId, String... devices) {
        String event = createEvent(token, newEvent(caseType(), representativeId, facilityId, surgeonId, "MRN-9"));
        for (String device : devices) {
            mark(token, event, device, "implanted").statusCode(201);
        }
        return event;
    }

    public void reopen(String token, String eventId) {
        api.as(token).post(tenant.path("events/" + eventId + "/reopen")).then().statusCode(200);
    }
}
