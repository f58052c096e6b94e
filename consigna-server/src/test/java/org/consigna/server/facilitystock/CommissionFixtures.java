package org.consigna.server.facilitystock;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.events.EventFixtures;

/** Commission and dashboard fixtures, through the public API: rates, split, flags, lines, cases submitted. */
public class CommissionFixtures extends EventFixtures {

    public CommissionFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
    }

    public String commissions(String rest) {
        return tenant.path("facility-stock/commissions/" + rest);
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

    public void submit(String token, String eventId) {
        api.as(token).post(tenant.path("events/" + eventId + "/submit")).then().statusCode(200);
    }

    public void reopen(String token, String eventId) {
        api.as(token).post(tenant.path("events/" + eventId + "/reopen")).then().statusCode(200);
    }
}
