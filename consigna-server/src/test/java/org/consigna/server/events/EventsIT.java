package org.consigna.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consigna.server.ConsignaWar.Extra.LOANER_BEHAVIOUR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.consigna.server.Postgres;
import org.junit.jupiter.api.Test;

/** Facilities and surgeons, event types, required fields, patient ID masking, lists and history, through the REST API. */
@DeployWith(LOANER_BEHAVIOUR)
class EventsIT extends IntegrationTest {

    @Test
    void facilitiesAndSurgeonsAreSearchableKeepsBillingContactsInOrderAndDeactivatesInsteadOfDeleting() {
        Api.Tenant tenant = api.newTenant("evdir", "events", "facility-stock", "probe");
        EventFixtures fx = new EventFixtures(api, tenant);
        String admin = tenant.adminToken();
        String mary = fx.facility("St. Mary General");
        fx.facility("Lakeside Surgery Center");
        api.as(admin).queryParam("q", "MARY").get(tenant.path("events/facilities")).then().statusCode(200)
                .body("items.name", equalTo(List.of("St. Mary General")));

        String billing = api.as(admin).body(Map.of("name", "Accounts Payable", "email", "ap@stmary.test"))
                .post(tenant.path("events/facilities/" + mary + "/contacts")).then().statusCode(201).extract().path("id");
        String nurse = api.as(admin).body(Map.of("name", "Head Nurse"))
                .post(tenant.path("events/facilities/" + mary + "/contacts")).then().statusCode(201).extract().path("id");
        api.as(admin).body(Map.of("contactIds", List.of(billing, nurse)))
                .put(tenant.path("events/facilities/" + mary + "/billing-contacts")).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("e-mail"));
        String second = api.as(admin).body(Map.of("name", "Controller", "email", "ctrl@stmary.test"))
                .post(tenant.path("events/facilities/" + mary + "/contacts")).then().statusCode(201).extract().path("id");
        api.as(admin).body(Map.of("contactIds", List.of(second, billing)))
                .put(tenant.path("events/facilities/" + mary + "/billing-contacts")).then().statusCode(200);
        api.as(admin).get(tenant.path("events/facilities/" + mary)).then().statusCode(200)
                .body("billingContacts.id", equalTo(List.of(second, billing)))
                .body("billingContacts[0].billingRank", equalTo(1));

        EventFixtures.Member sales = fx.member("sales");
        api.as(sales.token()).body(Map.of("name", "Scrub Tech")).post(tenant.path("events/facilities/" + mary + "/contacts"))
                .then().statusCode(201);
        api.as(sales.token()).body(Map.of("name", "Nope")).post(tenant.path("events/facilities")).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:role-required"));

        api.as(admin).post(tenant.path("events/facilities/" + mary + "/deactivate")).then().statusCode(200)
                .body("active", equalTo(false));
        api.as(admin).get(tenant.path("events/facilities")).then().body("items.name", not(hasItem("St. Mary General")));
        api.as(admin).queryParam("includeInactive", true).get(tenant.path("events/facilities")).then()
                .body("items.name", hasItems("St. Mary General", "Lakeside Surgery Center"));
        api.as(admin).get(tenant.path("events/facilities/" + mary + "/contacts")).then().body("$", hasSize(4));

        fx.surgeon("Shepherd");
        String burke = fx.surgeon("Burke");
        api.as(admin).body(Map.of("firstName", "Grey", "lastName", "Burke", "active", false))
                .put(tenant.path("events/surgeons/" + burke)).then().statusCode(200);
        api.as(sales.token()).queryParam("q", "she").get(tenant.path("events/surgeons")).then().statusCode(200)
                .body("items.lastName", equalTo(List.of("Shepherd")));
        api.as(admin).queryParam("includeInactive", true).get(tenant.path("events/surgeons")).then().body("items", hasSize(2));
    }

    @Test
    void aNewTenantHasACaseTypeAndAdminsCreateRenameAndDeactivateTypesOnInstalledBehaviours() {
        Api.Tenant tenant = api.newTenant("evtype", "events", "facility-stock", "probe");
        EventFixtures fx = new EventFixtures(api, tenant);
        String admin = tenant.adminToken();
        api.as(admin).get(tenant.path("events/types")).then().statusCode(200)
                .body("items.name", equalTo(List.of("Case")))
                .body("items[0].behaviour", equalTo("case"))
                .body("items[0].patientIdRequired", equalTo(true))
                .body("items[0].surgeonRequired", equalTo(true))
                .body("items[0].billingApplies", equalTo(true));
        api.as(admin).get(tenant.path("events/behaviours")).then().statusCode(200).body("id", hasItems("case", "loaner"));

        String loaner = api.as(admin).body(Map.of("name", "Loaner kit", "behaviour", "loaner"))
                .post(tenant.path("events/types")).then().statusCode(201)
                .body("billingApplies", equalTo(false)).body("behaviourName", equalTo("Loaner kit"))
                .extract().path("id");
        api.as(admin).body(Map.of("name", "Mystery", "behaviour", "nope")).post(tenant.path("events/types")).then()
                .statusCode(400).body("type", equalTo("urn:consigna:problem:unknown-behaviour"));
        api.as(admin).body(Map.of("name", "CASE", "behaviour", "case")).post(tenant.path("events/types")).then()
                .statusCode(409).body("type", equalTo("urn:consigna:problem:event-type-name-taken"));
        EventFixtures.Member sales = fx.member("sales");
        api.as(sales.token()).body(Map.of("name", "Mine", "behaviour", "case")).post(tenant.path("events/types"))
                .then().statusCode(403);

        api.as(admin).body(Map.of("name", "Evaluation loaner", "patientIdRequired", false, "surgeonRequired", false,
                        "facilityContactRequired", false, "billingApplies", false))
                .put(tenant.path("events/types/" + loaner)).then().statusCode(200).body("name", equalTo("Evaluation loaner"));
        api.as(admin).post(tenant.path("events/types/" + loaner + "/deactivate")).then().statusCode(200)
                .body("active", equalTo(false));
        String facility = fx.facility("General");
        api.as(admin).body(fx.newEvent(loaner, sales.id(), facility, null, null)).post(tenant.path("events")).then()
                .statusCode(409).body("type", equalTo("urn:consigna:problem:event-type-inactive"));
        api.as(sales.token()).get(tenant.path("events/types")).then().body("items.name", equalTo(List.of("Case")));
    }

    @Test
    void eachEventTypeRequiresItsOwnFieldsAndAContactCanBeAddedFromTheEvent() {
        Api.Tenant tenant = api.newTenant("evreq", "events", "facility-stock", "probe");
        EventFixtures fx = new EventFixtures(api, tenant);
        String admin = tenant.adminToken();
        EventFixtures.Member rep = fx.member("sales");
        String facility = fx.facility("Mercy");
        api.as(rep.token()).body(fx.newEvent(fx.caseType(), rep.id(), facility, null, null)).post(tenant.path("events"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:validation"))
                .body("errors.field", equalTo(List.of("patientId", "surgeonId")));

        String demo = api.as(admin).body(Map.of("name", "Demo", "behaviour", "case")).post(tenant.path("events/types"))
                .then().statusCode(201).extract().path("id");
        String event = fx.createEvent(rep.token(), fx.newEvent(demo, rep.id(), facility, null, null));

        api.as(admin).body(Map.of("name", "Demo", "patientIdRequired", false, "surgeonRequired", false,
                "facilityContactRequired", true, "billingApplies", true)).put(tenant.path("events/types/" + demo))
                .then().statusCode(200);
        Map<String, Object> change = Map.of("name", "Demo day", "date", "2026-03-04", "facilityId", facility);
        api.as(rep.token()).body(change).put(tenant.path("events/" + event)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("facilityContactId")));
        Map<String, Object> withContact = new java.util.HashMap<>(change);
        withContact.put("newFacilityContact", Map.of("name", "Dr. Office Manager", "email", "om@mercy.test"));
        String contact = api.as(rep.token()).body(withContact).put(tenant.path("events/" + event)).then().statusCode(200)
                .body("name", equalTo("Demo day")).extract().path("facilityContactId");
        api.as(rep.token()).get(tenant.path("events/facilities/" + facility + "/contacts")).then()
                .body("id", equalTo(List.of(contact)));
    }

    @Test
    void thePatientIdIsFullOnlyForThoseWhoMayActOnTheEventAndMaskedInListsAndExports() {
        Api.Tenant tenant = api.newTenant("evmask", "events", "facility-stock", "probe");
        EventFixtures fx = new EventFixtures(api, tenant);
        EventFixtures.Member distributor = fx.member("distributor");
        EventFixtures.Member rep = fx.member("sales");
        EventFixtures.Member stranger = fx.member("sales");
        fx.link(distributor, rep);
        String event = fx.createEvent(rep.token(), fx.newEvent(fx.caseType(), rep.id(), fx.facility("Mercy"),
                fx.surgeon("Shepherd"), "MRN-00981234"));

        for (String token : List.of(rep.token(), distributor.token(), tenant.adminToken())) {
            api.as(token).get(tenant.path("events/" + event)).then().statusCode(200)
                    .body("patientId", equalTo("MRN-00981234")).body("patientIdMasked", equalTo(false));
        }
        api.as(stranger.token()).get(tenant.path("events/" + event)).then().statusCode(200)
                .body("patientId", equalTo("•••••1234")).body("patientIdMasked", equalTo(true));
        api.as(tenant.adminToken()).get(tenant.path("events")).then().statusCode(200)
                .body("items[0].patientId", equalTo("•••••1234"));
        String csv = api.as(tenant.adminToken()).accept("text/csv").get(tenant.path("events/export")).then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains("•••••1234").doesNotContain("MRN-0098");

        api.as(stranger.token()).body(Map.of("name", "Mine now", "date", "2026-03-04", "facilityId",
                        api.as(rep.token()).get(tenant.path("events/" + event)).then().extract().path("facilityId")))
                .put(tenant.path("events/" + event)).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:event-forbidden"));
        api.as(stranger.token()).body(fx.newEvent(fx.caseType(), rep.id(), fx.facility("Other"), fx.surgeon("Y"), "P-1"))
                .post(tenant.path("events")).then().statusCode(403);
    }

    @Test
    void listsFilterAndPaginateAndTheHistoryIsAppendOnly() throws SQLException {
        Api.Tenant tenant = api.newTenant("evlist", "events", "facility-stock", "probe");
        EventFixtures fx = new EventFixtures(api, tenant);
        EventFixtures.Member rep = fx.member("sales");
        String demo = api.as(tenant.adminToken()).body(Map.of("name", "Demo", "behaviour", "case"))
                .post(tenant.path("events/types")).then().statusCode(201).extract().path("id");
        String north = fx.facility("North");
        String south = fx.facility("South");
        for (String[] e : new String[][] {{north, "2026-01-10"}, {north, "2026-02-10"}, {south, "2026-03-10"}}) {
            Map<String, Object> body = fx.newEvent(demo, rep.id(), e[0], null, null);
            body.put("date", e[1]);
            fx.createEvent(rep.token(), body);
        }
        api.as(rep.token()).queryParam("facility", north).get(tenant.path("events")).then().body("items", hasSize(2));
        api.as(rep.token()).queryParam("from", "2026-02-01").queryParam("to", "2026-02-28").get(tenant.path("events"))
                .then().body("items.date", equalTo(List.of("2026-02-10")));
        String second = api.as(rep.token()).queryParam("limit", 2).queryParam("status", "open")
                .queryParam("representative", rep.id()).queryParam("type", demo).get(tenant.path("events")).then()
                .body("items.date", equalTo(List.of("2026-03-10", "2026-02-10"))).extract().path("nextCursor");
        api.as(rep.token()).queryParam("limit", 2).queryParam("cursor", second).queryParam("status", "open")
                .queryParam("representative", rep.id()).queryParam("type", demo).get(tenant.path("events")).then()
                .body("items.date", equalTo(List.of("2026-01-10"))).body("nextCursor", nullValue());
        api.as(rep.token()).queryParam("from", "last week").get(tenant.path("events")).then().statusCode(400)
                .body("type", equalTo("urn:consigna:problem:invalid-parameter")).body("parameter", equalTo("from"));

        String event = api.as(rep.token()).queryParam("facility", south).get(tenant.path("events")).then()
                .extract().path("items[0].id");
        api.as(rep.token()).body(Map.of("name", "Renamed", "date", "2026-03-11", "facilityId", south))
                .put(tenant.path("events/" + event)).then().statusCode(200);
        api.as(rep.token()).post(tenant.path("events/" + event + "/submit")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:event-empty"));
        api.as(rep.token()).get(tenant.path("events/" + event + "/history")).then().statusCode(200)
                .body("action", equalTo(List.of("created", "changed")))
                .body("[0].toStatus", equalTo("open"))
                .body("[0].actorId", equalTo(rep.id()));

        String schema = "t_" + tenant.id().replace('-', '_');
        try (Connection c = Postgres.connect()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE " + schema + ".event_history SET action = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM " + schema + ".event_history"))
                    .hasMessageContaining("append-only");
        }
    }
}
