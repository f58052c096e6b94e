package org.consigna.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.LOANER_BEHAVIOUR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consigna.server.Api;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Mark used, submit and reopen against inventory's real devices and ledger: custody by role and
 * sharing link, one open event per device under concurrency, consumption, reactivation, the
 * test-only loaner behaviour and a submit observer.
 */
@DeployWith(LOANER_BEHAVIOUR)
class EventDevicesIT extends IntegrationTest {

    /** A tenant with a rep, the distributor they share with, and a case at a facility. */
    class Scene {
        final Api.Tenant tenant = api.newTenant("evdev", "events", "facility-stock", "probe");
        final EventFixtures fx = new EventFixtures(api, tenant);
        final Member distributor = fx.member("distributor");
        final Member rep = fx.member("sales");
        final String line = fx.productLine();
        final String implant = fx.item(line, true);
        final String instrument = fx.item(line, false);
        final String facility = fx.facility("Mercy");
        final String surgeon = fx.surgeon("Shepherd");

        Scene() {
            fx.link(distributor, rep);
        }

        String event(Member by, Member representative) {
            return fx.createEvent(by.token(), fx.newEvent(fx.caseType(), representative.id(), facility, surgeon, "MRN-1"));
        }

        String path(String rest) {
            return tenant.path(rest);
        }
    }

    @Test
    void devicesComeFromTheRepresentativesCustodyAndFromSharedCustodyOnly() {
        Scene s = new Scene();
        Member stranger = s.fx.member("sales");
        String own = s.fx.device(s.rep.id(), s.implant);
        String shared = s.fx.device(s.distributor.id(), s.implant);
        String foreign = s.fx.device(stranger.id(), s.implant);
        String event = s.event(s.rep, s.rep);

        s.fx.mark(s.rep.token(), event, own, "implanted").statusCode(201).body("usage", equalTo("implanted"));
        s.fx.mark(s.rep.token(), event, shared, "used").statusCode(201);
        s.fx.mark(s.rep.token(), event, foreign, "used").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:device-not-eligible"))
                .body("detail", containsString("not in the custody"));
        s.fx.mark(stranger.token(), event, foreign, "used").statusCode(403)
                .body("type", equalTo("urn:consigna:problem:event-forbidden"));

        String adminAddsShared = s.fx.device(s.distributor.id(), s.implant);
        s.fx.mark(s.tenant.adminToken(), event, adminAddsShared, "used").statusCode(201);
        String adminAddsForeign = s.fx.device(stranger.id(), s.implant);
        s.fx.mark(s.tenant.adminToken(), event, adminAddsForeign, "used").statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-not-eligible"));

        String distributorsEvent = s.event(s.distributor, s.distributor);
        String repsOther = s.fx.device(s.rep.id(), s.implant);
        s.fx.mark(s.distributor.token(), distributorsEvent, repsOther, "used").statusCode(201);

        String moving = s.fx.device(s.rep.id(), s.implant);
        api.as(s.rep.token()).body(Map.of("toCustodianId", stranger.id(), "lines", List.of(Map.of("deviceId", moving))))
                .post(s.path("inventory/transfers")).then().statusCode(201);
        s.fx.mark(s.rep.token(), event, moving, "used").statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-in-transfer"));
    }

    @Test
    void aDeviceIsInOneOpenEventAtATimeAndExactlyOneOfEightConcurrentRequestsWins() throws Exception {
        Scene s = new Scene();
        String device = s.fx.device(s.rep.id(), s.instrument);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            events.add(s.event(s.rep, s.rep));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ExtractableResponse<Response>> results = new ArrayList<>();
        try {
            List<Callable<ExtractableResponse<Response>>> work = new ArrayList<>();
            for (String event : events) {
                work.add(() -> {
                    start.await();
                    return s.fx.mark(s.rep.token(), event, device, "used").extract();
                });
            }
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            work.forEach(w -> futures.add(pool.submit(w)));
            start.countDown();
            for (Future<ExtractableResponse<Response>> f : futures) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(results).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(results).filteredOn(r -> r.statusCode() == 409).hasSize(7)
                .allSatisfy(r -> {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.<String>path("type")).isEqualTo("urn:consigna:problem:device-in-open-event");
                    assertThat(r.<String>path("detail")).contains("one open event at a time");
                });

        int winner = 0;
        while (results.get(winner).statusCode() != 201) {
            winner++;
        }
        String line = results.get(winner).path("id");
        String other = events.get((winner + 1) % 8);
        s.fx.mark(s.rep.token(), events.get(winner), device, "used").statusCode(409);
        api.as(s.rep.token()).post(s.path("events/" + events.get(winner) + "/lines/" + line + "/remove")).then()
                .statusCode(200).body("inEvent", equalTo(false));
        s.fx.mark(s.rep.token(), other, device, "used").statusCode(201);
    }

    @Test
    void submitConsumesSingleUseDevicesAndReopeningGivesBackOnlyUnusedRemovals() {
        Scene s = new Scene();
        String first = s.fx.device(s.rep.id(), s.implant);
        String second = s.fx.device(s.rep.id(), s.implant);
        String reusable = s.fx.device(s.rep.id(), s.instrument);
        String event = s.event(s.rep, s.rep);
        String firstLine = s.fx.mark(s.rep.token(), event, first, "implanted").statusCode(201).extract().path("id");
        String secondLine = s.fx.mark(s.rep.token(), event, second, "used").statusCode(201).extract().path("id");
        s.fx.mark(s.rep.token(), event, reusable, "used").statusCode(201);

        // while it is in the event it cannot be sent away (inventory asks the events module): nothing changes
        api.as(s.rep.token()).body(Map.of("toCustodianId", s.distributor.id(), "lines", List.of(Map.of("deviceId", second))))
                .post(s.path("inventory/transfers")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-claimed"));
        assertThat(s.fx.statusOf(second)).isEqualTo("active");
        api.as(s.rep.token()).get(s.path("events/" + event)).then().body("status", equalTo("open"))
                .body("lines.consumed", equalTo(List.of(false, false, false)));

        api.as(s.rep.token()).body(Map.of("usage", "damaged"))
                .post(s.path("events/" + event + "/lines/" + secondLine + "/remove")).then().statusCode(200);
        api.as(s.rep.token()).post(s.path("events/" + event + "/submit")).then().statusCode(200)
                .body("status", equalTo("closed")).body("submissions", equalTo(1));
        assertThat(s.fx.statusOf(first)).isEqualTo("inactive");
        assertThat(s.fx.statusOf(reusable)).isEqualTo("active");
        s.fx.mark(s.rep.token(), event, s.fx.device(s.rep.id(), s.implant), "used").statusCode(409)
                .body("type", equalTo("urn:consigna:problem:event-closed"));

        api.as(s.distributor.token()).post(s.path("events/" + event + "/reopen")).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:reopen-forbidden"));
        api.as(s.rep.token()).post(s.path("events/" + event + "/reopen")).then().statusCode(200)
                .body("status", equalTo("reopened"));
        api.as(s.rep.token()).body(Map.of("usage", "damaged"))
                .post(s.path("events/" + event + "/lines/" + firstLine + "/remove")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:consumed-device"));
        api.as(s.rep.token()).body(Map.of("usage", "unused"))
                .post(s.path("events/" + event + "/lines/" + firstLine + "/remove")).then().statusCode(200)
                .body("usage", equalTo("unused")).body("consumed", equalTo(false));
        assertThat(s.fx.statusOf(first)).isEqualTo("active");

        api.as(s.rep.token()).post(s.path("events/" + event + "/submit")).then().statusCode(200)
                .body("submissions", equalTo(2));
        assertThat(s.fx.statusOf(first)).isEqualTo("active");
        List<String> ledger = api.as(s.tenant.adminToken()).get(s.path("inventory/devices/" + first + "/history"))
                .then().statusCode(200).extract().path("items.source.id");
        assertThat(ledger).contains(event);

        // deactivated by hand, a device never comes back: no event takes it, so no unused removal can reach it
        api.as(s.tenant.adminToken()).body(Map.of("reason", "dropped on the floor"))
                .post(s.path("inventory/devices/" + first + "/deactivate")).then().log().ifValidationFails().statusCode(200);
        api.as(s.rep.token()).post(s.path("events/" + event + "/reopen")).then().statusCode(200);
        s.fx.mark(s.rep.token(), event, first, "used").statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-inactive"));
        assertThat(s.fx.statusOf(first)).isEqualTo("inactive");
        api.as(s.rep.token()).get(s.path("events/" + event + "/history")).then().statusCode(200)
                .body("action", hasItems("created", "device-added", "device-consumed", "submitted", "reopened",
                        "device-reactivated", "device-removed"))
                // the reactivation is the device given back unused (issue 11 §12), not the usage it was consumed with
                .body("find { it.action == 'device-reactivated' }.usage", equalTo("unused"))
                .body("find { it.action == 'device-consumed' }.usage", equalTo("implanted"));
    }

    @Test
    void aDeviceInAnOpenEventIsNotTransferredAdjustedOrDeactivatedAndRacesSettleOneWay() throws Exception {
        Scene s = new Scene();
        String device = s.fx.device(s.rep.id(), s.instrument);
        String event = s.event(s.rep, s.rep);
        String line = s.fx.mark(s.rep.token(), event, device, "used").statusCode(201).extract().path("id");
        int historyBefore = history(s, device).size();

        api.as(s.rep.token()).body(Map.of("toCustodianId", s.distributor.id(), "lines", List.of(Map.of("deviceId", device))))
                .post(s.path("inventory/transfers")).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:device-claimed"))
                .body("detail", containsString("open event 'Case"))
                .body("deviceId", equalTo(device));
        api.as(s.tenant.adminToken()).body(Map.of("reason", "lost", "lines", List.of(Map.of("deviceId", device, "delta", -1))))
                .post(s.path("inventory/adjustments")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-claimed"));
        api.as(s.tenant.adminToken()).body(Map.of("reason", "dropped"))
                .post(s.path("inventory/devices/" + device + "/deactivate")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-claimed"));
        assertThat(s.fx.statusOf(device)).isEqualTo("active");
        assertThat(history(s, device)).as("ledger of the device").hasSize(historyBefore);

        // given back from the event, it moves again
        api.as(s.rep.token()).post(s.path("events/" + event + "/lines/" + line + "/remove")).then().statusCode(200);
        String transfer = api.as(s.rep.token()).body(Map.of("toCustodianId", s.distributor.id(),
                        "lines", List.of(Map.of("deviceId", device))))
                .post(s.path("inventory/transfers")).then().statusCode(201).extract().path("id");
        api.as(s.rep.token()).post(s.path("inventory/transfers/" + transfer + "/cancel")).then().statusCode(200);

        // mark used and a transfer of the same device at the same moment: exactly one of them happens
        for (int round = 0; round < 6; round++) {
            String racer = s.fx.device(s.rep.id(), s.instrument);
            String raceEvent = s.event(s.rep, s.rep);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<ExtractableResponse<Response>> marked = pool.submit(() -> {
                    start.await();
                    return s.fx.mark(s.rep.token(), raceEvent, racer, "used").extract();
                });
                Future<ExtractableResponse<Response>> sent = pool.submit(() -> {
                    start.await();
                    return api.as(s.rep.token()).body(Map.of("toCustodianId", s.distributor.id(),
                            "lines", List.of(Map.of("deviceId", racer)))).post(s.path("inventory/transfers")).then().extract();
                });
                start.countDown();
                int markStatus = marked.get().statusCode();
                int sendStatus = sent.get().statusCode();
                assertThat(List.of(markStatus, sendStatus)).as("round %d: mark used, transfer", round)
                        .containsExactlyInAnyOrder(201, 409);
                String loser = markStatus == 409 ? marked.get().path("type") : sent.get().path("type");
                assertThat(loser).isIn("urn:consigna:problem:device-in-transfer", "urn:consigna:problem:device-claimed");
            } finally {
                pool.shutdown();
            }
        }
    }

    private List<Object> history(Scene s, String device) {
        return api.as(s.tenant.adminToken()).get(s.path("inventory/devices/" + device + "/history")).then().statusCode(200)
                .extract().path("items");
    }

    @Test
    void partOfALotIsUsedSplitOffConsumedOnSubmitAndGivenBackUnusedAfterReopening() {
        Scene s = new Scene();
        String lotItem = api.as(s.tenant.adminToken()).body(Map.of("productLineId", s.line, "catalogNumber",
                        "LOT-" + java.util.UUID.randomUUID().toString().substring(0, 8), "description", "Bone screws",
                        "tracking", "lot", "singleUse", true))
                .post(s.path("inventory/items")).then().statusCode(201).extract().path("id");
        List<String> received = api.as(s.tenant.adminToken()).body(Map.of("custodianId", s.rep.id(), "itemId", lotItem,
                        "lines", List.of(Map.of("lot", "L-42", "quantity", 10, "expiry", "2030-01-31"))))
                .post(s.path("inventory/receipts")).then().statusCode(201).extract().path("deviceIds");
        String lot = received.get(0);
        String event = s.event(s.rep, s.rep);
        // 2 units on their way to the distributor (pending): the other 8 stay usable
        api.as(s.rep.token()).body(Map.of("toCustodianId", s.distributor.id(),
                        "lines", List.of(Map.of("deviceId", lot, "quantity", 2))))
                .post(s.path("inventory/transfers")).then().statusCode(201);

        api.as(s.rep.token()).body(Map.of("deviceId", lot, "quantity", 12, "usage", "used"))
                .post(s.path("events/" + event + "/lines")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:quantity-exceeds-lot"))
                .body("detail", containsString("has only 8"));
        String line = api.as(s.rep.token()).body(Map.of("deviceId", lot, "quantity", 3, "usage", "implanted"))
                .post(s.path("events/" + event + "/lines")).then().statusCode(201)
                .body("quantity", equalTo(3)).extract().path("id");
        assertThat(onHand(s, lotItem)).as("on hand while the event is open").isEqualTo(10);

        api.as(s.rep.token()).post(s.path("events/" + event + "/submit")).then().statusCode(200);
        String usedPart = api.as(s.rep.token()).get(s.path("events/" + event)).then().statusCode(200)
                .body("lines[0].consumed", equalTo(true)).extract().path("lines[0].consumedDeviceId");
        assertThat(usedPart).isNotEqualTo(lot);
        api.as(s.tenant.adminToken()).get(s.path("inventory/devices/" + lot)).then().statusCode(200)
                .body("status", equalTo("active")).body("quantity", equalTo(5)).body("lot", equalTo("L-42"));
        api.as(s.tenant.adminToken()).get(s.path("inventory/devices/" + usedPart)).then().statusCode(200)
                .body("status", equalTo("inactive")).body("quantity", equalTo(3)).body("lot", equalTo("L-42"));
        assertThat(onHand(s, lotItem)).as("on hand after the submit").isEqualTo(7);

        api.as(s.rep.token()).post(s.path("events/" + event + "/reopen")).then().statusCode(200);
        api.as(s.rep.token()).body(Map.of("usage", "unused"))
                .post(s.path("events/" + event + "/lines/" + line + "/remove")).then().statusCode(200)
                .body("consumed", equalTo(false));
        api.as(s.tenant.adminToken()).get(s.path("inventory/devices/" + usedPart)).then().statusCode(200)
                .body("status", equalTo("active")).body("quantity", equalTo(3));
        assertThat(onHand(s, lotItem)).as("on hand after the unused removal").isEqualTo(10);
        api.as(s.tenant.adminToken()).get(s.path("inventory/ledger/verify")).then().statusCode(200)
                .body("consistent", equalTo(true));
    }

    private int onHand(Scene s, String itemId) {
        List<Integer> quantities = api.as(s.tenant.adminToken()).queryParam("item", itemId)
                .get(s.path("inventory/on-hand")).then().statusCode(200).extract().path("items.quantity");
        return quantities.stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void aThirdPartyLoanerBehaviourIsATenantEventTypeWhoseDevicesComeBackAndWhoseSubmitIsObserved() {
        Scene s = new Scene();
        api.as(s.tenant.adminToken()).get(s.path("events/behaviours")).then().body("id", hasItem("loaner"));
        String loaner = api.as(s.tenant.adminToken()).body(Map.of("name", "Loaner kit", "behaviour", "loaner"))
                .post(s.path("events/types")).then().statusCode(201).extract().path("id");
        String device = s.fx.device(s.rep.id(), s.implant);
        String event = s.fx.createEvent(s.rep.token(), s.fx.newEvent(loaner, s.rep.id(), s.facility, null, null));
        s.fx.mark(s.rep.token(), event, device, "used").statusCode(201);

        api.as(s.rep.token()).post(s.path("events/" + event + "/submit")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:loan-agreement-missing"));
        api.as(s.rep.token()).get(s.path("events/" + event)).then().body("status", equalTo("open"));
        api.as(s.rep.token()).body(Map.of("attributes", Map.of("loanAgreement", "LA-2026-17")))
                .post(s.path("events/" + event + "/submit")).then().statusCode(200)
                .body("status", equalTo("closed")).body("billingApplies", equalTo(false))
                .body("lines[0].consumed", equalTo(false));
        assertThat(s.fx.statusOf(device)).as("a single-use device lent in a loaner kit comes back").isEqualTo("active");
        String nextCase = s.event(s.rep, s.rep);
        s.fx.mark(s.rep.token(), nextCase, device, "used").statusCode(201);

        // reopening would put the device in two open events: refused, and the loaner stays closed
        api.as(s.rep.token()).post(s.path("events/" + event + "/reopen")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-in-open-event"));
        api.as(s.rep.token()).get(s.path("events/" + event)).then().body("status", equalTo("closed"));
    }

    /**
     * The probe module contributes an event behaviour and observes submits; a tenant without the probe
     * never sees either act, though neither has a guard of its own (the platform decides).
     */
    @Test
    void aModulesContributionsActOnlyForTenantsThatEnabledIt() {
        Scene with = new Scene();
        Api.Tenant without = api.newTenant("evnoprobe", "events");
        EventFixtures fx = new EventFixtures(api, without);
        Member rep = fx.member("sales");
        String device = fx.device(rep.id(), fx.item(fx.productLine(), true));
        String facility = fx.facility("Mercy");

        api.as(with.tenant.adminToken()).get(with.path("events/behaviours")).then().statusCode(200)
                .body("id", hasItem("probe-kit"));
        api.as(without.adminToken()).get(without.path("events/behaviours")).then().statusCode(200)
                .body("id", not(hasItem("probe-kit")));
        api.as(without.adminToken()).body(Map.of("name", "Probe kit", "behaviour", "probe-kit"))
                .post(without.path("events/types")).then().statusCode(400)
                .body("type", equalTo("urn:consigna:problem:unknown-behaviour"));

        Map<String, Object> refuse = Map.of("attributes", Map.of("probeRefuses", "yes"));
        String withDevice = with.fx.device(with.rep.id(), with.implant);
        String withEvent = with.event(with.rep, with.rep);
        with.fx.mark(with.rep.token(), withEvent, withDevice, "used").statusCode(201);
        api.as(with.rep.token()).body(refuse).post(with.path("events/" + withEvent + "/submit")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:probe-refused"));

        String withoutEvent = fx.createEvent(rep.token(), fx.newEvent(fx.caseType(), rep.id(), facility, fx.surgeon("Grey"), "MRN-2"));
        fx.mark(rep.token(), withoutEvent, device, "used").statusCode(201);
        api.as(rep.token()).body(refuse).post(without.path("events/" + withoutEvent + "/submit")).then().statusCode(200)
                .body("status", equalTo("closed"));
    }
}
