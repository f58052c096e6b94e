package org.consigna.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.INVENTORY_PROBE;
import static org.consigna.server.inventory.InventoryFixtures.lines;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Transfers (pending, partial acceptance, reject, cancel), adjustments, concurrency; custody is InventoryCustodyIT. */
@DeployWith(INVENTORY_PROBE)
class InventoryTransfersIT extends IntegrationTest {

    private InventoryFixtures newTenant() {
        return new InventoryFixtures(api, api.newTenant("xfer"));
    }

    /** Inventory asks the events module about devices in open events; a tenant without events has none. */
    @Test
    void aTenantWithInventoryButNotEventsTransfersAdjustsAndDeactivates() {
        InventoryFixtures f = new InventoryFixtures(api, api.newTenant("invonly", "inventory"));
        api.as(f.admin()).get(f.tenant.path("events/types")).then().statusCode(404)
                .body("type", equalTo("urn:consigna:problem:module-not-enabled"));
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        String from = f.location("Dock");
        String to = f.location("Shelf");
        List<String> ids = f.receiveSerials(from, item, "O-1", "O-2", "O-3");

        String transfer = f.transfer(f.admin(), to, lines(ids.get(0))).statusCode(201).extract().path("id");
        api.as(f.admin()).post(f.path("transfers/" + transfer + "/accept")).then().statusCode(200);
        api.as(f.admin()).body(Map.of("reason", "lost", "lines", List.of(Map.of("deviceId", ids.get(1), "delta", -1))))
                .post(f.path("adjustments")).then().statusCode(201);
        api.as(f.admin()).body(Map.of("reason", "dropped")).post(f.path("devices/" + ids.get(2) + "/deactivate"))
                .then().statusCode(200);
        assertThat(f.onHand(to, item)).isEqualTo(1);
        assertThat(f.onHand(from, item)).isZero();
    }

    /** Location names and open state are cached for transfers and their views: a rename or a closing shows on the next request. */
    @Test
    void aRenamedOrClosedLocationIsSeenByTheNextTransfer() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        String from = f.location("Dock");
        String to = f.location("Shelf");
        List<String> ids = f.receiveSerials(from, item, "R-1", "R-2");
        String first = f.transfer(f.admin(), to, lines(ids.get(0))).statusCode(201)
                .body("from.name", equalTo("Dock")).body("to.name", equalTo("Shelf")).extract().path("id");

        api.as(f.admin()).body(Map.of("name", "Top shelf", "kind", "warehouse", "active", false)).put(f.path("locations/" + to))
                .then().statusCode(200);
        f.transfer(f.admin(), to, lines(ids.get(1))).statusCode(409)
                .body("type", equalTo("urn:consigna:problem:custodian-inactive"))
                .body("detail", equalTo("Location 'Top shelf' is closed and cannot receive inventory"));
        api.as(f.admin()).get(f.path("transfers/" + first)).then().statusCode(200).body("to.name", equalTo("Top shelf"));

        api.as(f.admin()).body(Map.of("name", "Top shelf", "kind", "warehouse", "active", true)).put(f.path("locations/" + to))
                .then().statusCode(200);
        f.transfer(f.admin(), to, lines(ids.get(1))).statusCode(201).body("to.name", equalTo("Top shelf"));
        api.as(f.admin()).post(f.path("transfers/" + first + "/accept")).then().statusCode(200).body("to.name", equalTo("Top shelf"));
    }

    @Test
    void aTransferIsPendingUntilAcceptedAndNothingMovesBefore() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        InventoryFixtures.Member rep = f.member("sales");
        String warehouse = f.location("Returns");
        List<String> ids = f.receiveSerials(rep.id(), item, "T-1", "T-2", "T-3");

        ExtractableResponse<Response> created = f.transfer(rep.token(), warehouse, lines(ids.get(0), ids.get(1))).statusCode(201)
                .body("status", equalTo("pending")).body("from.id", equalTo(rep.id())).body("to.name", equalTo("Returns"))
                .extract();
        String transfer = created.path("id");
        assertThat(f.device(rep.token(), ids.get(0))).containsEntry("pendingTransferId", transfer);
        assertThat(f.onHand(rep.id(), item)).isEqualTo(3);
        assertThat(f.onHand(warehouse, item)).isZero();
        f.transfer(rep.token(), warehouse, lines(ids.get(1))).statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-in-pending-transfer"))
                .body("transferId", equalTo(transfer)).body("detail", containsString("pending transfer"));
        api.as(rep.token()).get(f.path("devices/" + ids.get(0) + "/history")).then().body("items.type", equalTo(List.of("received")));

        String adminId = api.as(f.admin()).get(f.tenant.path("members/me")).then().extract().path("member.id");
        api.as(f.admin()).post(f.path("transfers/" + transfer + "/accept")).then().statusCode(200)
                .body("status", equalTo("accepted")).body("lines.status", equalTo(List.of("accepted", "accepted")));

        assertThat(f.onHand(rep.id(), item)).isEqualTo(1);
        assertThat(f.onHand(warehouse, item)).isEqualTo(2);
        Map<String, Object> moved = f.device(f.admin(), ids.get(1));
        assertThat(moved.get("pendingTransferId")).isNull();
        assertThat((Map<String, Object>) moved.get("custodian")).containsEntry("id", warehouse);
        api.as(f.admin()).get(f.path("devices/" + ids.get(1) + "/history")).then()
                .body("items.type", equalTo(List.of("transferred", "received")))
                .body("items[0].from.id", equalTo(rep.id())).body("items[0].to.id", equalTo(warehouse))
                .body("items[0].fromBalance", equalTo(1)).body("items[0].balance", equalTo(2))
                .body("items[0].actorId", equalTo(adminId)).body("items[0].onBehalfOf", equalTo(warehouse))
                .body("items[0].source.type", equalTo("transfer")).body("items[0].source.id", equalTo(transfer));
        api.as(rep.token()).get(f.path("devices/" + ids.get(1))).then().statusCode(404);
        f.verifyConsistent();
    }

    @Test
    void theReceiverAcceptsSomeLinesAndRejectsTheRestSplittingALotQuantity() {
        InventoryFixtures f = newTenant();
        String line = f.productLine("Spine");
        String serialItem = (String) f.item(line, "serial").get("id");
        String lotItem = (String) f.item(line, "lot").get("id");
        String from = f.location("Main");
        InventoryFixtures.Member rep = f.member("sales");
        List<String> serials = f.receiveSerials(from, serialItem, "P-1", "P-2");
        String lot = f.receiveLot(from, lotItem, "LOT-5", 10);

        ExtractableResponse<Response> created = f.transfer(f.admin(), rep.id(), List.of(Map.of("deviceId", lot, "quantity", 4),
                Map.of("deviceId", serials.get(0)), Map.of("deviceId", serials.get(1)))).statusCode(201).extract();
        String transfer = created.path("id");
        List<String> lineIds = created.path("lines.id");
        // only the 4 units travel: they are set apart as a device of their own; the other 6 stay free
        String travelling = created.path("lines[0].deviceId");
        assertThat(travelling).isNotEqualTo(lot);
        assertThat(f.device(f.admin(), travelling)).containsEntry("quantity", 4).containsEntry("pendingTransferId", transfer)
                .containsEntry("lot", "LOT-5");
        Map<String, Object> rest = f.device(f.admin(), lot);
        assertThat(rest).containsEntry("quantity", 6);
        assertThat(rest.get("pendingTransferId")).isNull();
        assertThat(f.onHand(from, lotItem)).as("on hand before acceptance").isEqualTo(10);
        String sideTrip = f.transfer(f.admin(), rep.id(), List.of(Map.of("deviceId", lot, "quantity", 1))).statusCode(201)
                .extract().path("id");
        api.as(f.admin()).post(f.path("transfers/" + sideTrip + "/cancel")).then().statusCode(200);

        ExtractableResponse<Response> accepted = api.as(rep.token())
                .body(Map.of("lines", List.of(lineIds.get(0), lineIds.get(1)), "note", "P-2 missing from the box"))
                .post(f.path("transfers/" + transfer + "/accept")).then().statusCode(200)
                .body("status", equalTo("partially_accepted"))
                .body("lines.status", equalTo(List.of("accepted", "accepted", "rejected")))
                .body("decisionNote", equalTo("P-2 missing from the box")).extract();
        String part = accepted.path("lines[0].receivedDeviceId");
        assertThat(part).isEqualTo(travelling);
        assertThat((String) accepted.path("lines[1].receivedDeviceId")).isEqualTo(serials.get(0));
        assertThat(accepted.<Object>path("lines[2].receivedDeviceId")).isNull();

        // the cancelled side trip's unit went back into the lot: one device of 6 again
        assertThat(f.device(f.admin(), lot)).containsEntry("quantity", 6);
        Map<String, Object> received = f.device(rep.token(), part);
        assertThat(received).containsEntry("quantity", 4).containsEntry("lot", "LOT-5").containsEntry("expiry", "2030-01-31");
        api.as(rep.token()).get(f.path("devices/" + part + "/history")).then()
                .body("items.type", equalTo(List.of("transferred", "split")))
                .body("items[0].quantity", equalTo(4)).body("items[0].fromBalance", equalTo(6)).body("items[0].balance", equalTo(4))
                .body("items[1].parentDeviceId", equalTo(lot)).body("items[1].quantity", equalTo(4))
                .body("items[1].fromBalance", nullValue()).body("items[1].balance", equalTo(10));
        assertThat(f.onHand(from, lotItem)).isEqualTo(6);
        assertThat(f.onHand(rep.id(), lotItem)).isEqualTo(4);
        assertThat(f.onHand(from, serialItem)).isEqualTo(1);
        Map<String, Object> rejected = f.device(f.admin(), serials.get(1));
        assertThat(rejected.get("pendingTransferId")).isNull();
        f.transfer(f.admin(), rep.id(), lines(serials.get(1))).statusCode(201);
        f.transfer(f.admin(), rep.id(), List.of(Map.of("deviceId", lot, "quantity", 7))).statusCode(400)
                .body("detail", containsString("between 1 and 6"));
        f.verifyConsistent();
    }

    /** Issue 11 §12: a lot sent in part and not received is one lot again, and can then be sent whole. */
    @Test
    void aRejectedOrCancelledPartOfALotGoesBackIntoItsLotWhichCanThenBeSentWhole() {
        InventoryFixtures f = newTenant();
        String lotItem = (String) f.item(f.productLine("Spine"), "lot").get("id");
        InventoryFixtures.Member sender = f.member("sales");
        InventoryFixtures.Member receiver = f.member("sales");
        String lot = f.receiveLot(sender.id(), lotItem, "LOT-M", 10);

        ExtractableResponse<Response> rejected = f.transfer(sender.token(), receiver.id(),
                List.of(Map.of("deviceId", lot, "quantity", 3))).statusCode(201).extract();
        String firstPart = rejected.path("lines[0].deviceId");
        assertThat(f.device(sender.token(), lot)).containsEntry("quantity", 7);
        api.as(receiver.token()).post(f.path("transfers/" + rejected.path("id") + "/reject")).then().statusCode(200)
                .body("status", equalTo("rejected"));
        assertThat(f.device(sender.token(), lot)).containsEntry("quantity", 10);
        Map<String, Object> emptied = f.device(sender.token(), firstPart);
        assertThat(emptied).containsEntry("quantity", 0).containsEntry("status", "active");
        assertThat(emptied.get("pendingTransferId")).isNull();
        api.as(sender.token()).get(f.path("devices/" + lot + "/history")).then()
                .body("items.type", equalTo(List.of("merged", "split", "received")))
                .body("items[0].deviceId", equalTo(firstPart)).body("items[0].parentDeviceId", equalTo(lot))
                .body("items[0].quantity", equalTo(3)).body("items[0].balance", equalTo(10))
                .body("items[0].fromBalance", nullValue());

        String cancelled = f.transfer(sender.token(), receiver.id(), List.of(Map.of("deviceId", lot, "quantity", 4)))
                .statusCode(201).extract().path("id");
        api.as(sender.token()).post(f.path("transfers/" + cancelled + "/cancel")).then().statusCode(200);
        assertThat(f.device(sender.token(), lot)).containsEntry("quantity", 10);
        assertThat(f.onHand(sender.id(), lotItem)).isEqualTo(10);

        // one lot again: sent whole, it travels as itself and arrives as one device of 10
        String whole = f.transfer(sender.token(), receiver.id(), List.of(Map.of("deviceId", lot, "quantity", 10)))
                .statusCode(201).body("lines[0].deviceId", equalTo(lot)).extract().path("id");
        api.as(receiver.token()).post(f.path("transfers/" + whole + "/accept")).then().statusCode(200)
                .body("lines[0].receivedDeviceId", equalTo(lot));
        assertThat(f.onHand(receiver.id(), lotItem)).isEqualTo(10);
        assertThat(f.onHand(sender.id(), lotItem)).isZero();
        f.verifyConsistent();
        new LedgerReplayCheck(new InventoryDb(f.tenant.id())).assertStateEqualsFold();
    }

    @Test
    void rejectAndCancelReleaseTheDevicesAndOnlyTheRightSideDecides() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        InventoryFixtures.Member sender = f.member("sales");
        InventoryFixtures.Member receiver = f.member("sales");
        String id = f.receiveSerials(sender.id(), item, "R-1").get(0);

        String first = f.transfer(sender.token(), receiver.id(), lines(id)).statusCode(201).extract().path("id");
        api.as(sender.token()).post(f.path("transfers/" + first + "/accept")).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:custody-forbidden"));
        api.as(receiver.token()).post(f.path("transfers/" + first + "/cancel")).then().statusCode(403);
        api.as(receiver.token()).body(Map.of("note", "not ordered")).post(f.path("transfers/" + first + "/reject")).then()
                .statusCode(200).body("status", equalTo("rejected")).body("lines[0].status", equalTo("rejected"));
        assertThat(f.device(sender.token(), id).get("pendingTransferId")).isNull();

        String second = f.transfer(sender.token(), receiver.id(), lines(id)).statusCode(201).extract().path("id");
        api.as(receiver.token()).get(f.path("transfers/" + second)).then().statusCode(200);
        api.as(sender.token()).post(f.path("transfers/" + second + "/cancel")).then().statusCode(200)
                .body("status", equalTo("cancelled")).body("lines[0].status", equalTo("cancelled"));
        api.as(receiver.token()).post(f.path("transfers/" + second + "/accept")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:transfer-decided")).body("detail", containsString("already cancelled"));

        api.as(f.admin()).get(f.path("devices/" + id + "/history")).then().body("items.type", equalTo(List.of("received")));
        assertThat(f.onHand(sender.id(), item)).isEqualTo(1);
        api.as(receiver.token()).queryParam("status", "cancelled").get(f.path("transfers")).then().statusCode(200)
                .body("items.id", equalTo(List.of(second)));
        f.transfer(sender.token(), sender.id(), lines(id)).statusCode(400).body("type", equalTo("urn:consigna:problem:same-custodian"));
        f.verifyConsistent();
    }

    @Test
    void adjustmentsCarryAReasonAndNeverMakeAQuantityNegative() {
        InventoryFixtures f = newTenant();
        String line = f.productLine("Spine");
        String lotItem = (String) f.item(line, "lot").get("id");
        String serialItem = (String) f.item(line, "serial").get("id");
        String main = f.location("Main");
        String other = f.location("Other");
        String lot = f.receiveLot(main, lotItem, "A-1", 5);
        String serial = f.receiveSerials(main, serialItem, "A-S1").get(0);
        String elsewhere = f.receiveSerials(other, serialItem, "A-S2").get(0);

        api.as(f.admin()).body(Map.of("reason", "lost", "note", "fell behind the shelf",
                "lines", List.of(Map.of("deviceId", lot, "delta", -2)))).post(f.path("adjustments")).then().statusCode(201)
                .body("devices[0].quantity", equalTo(3));
        api.as(f.admin()).get(f.path("devices/" + lot + "/history")).then().body("items[0].type", equalTo("adjusted"))
                .body("items[0].quantity", equalTo(-2)).body("items[0].balance", equalTo(3))
                .body("items[0].reason", equalTo("lost: fell behind the shelf")).body("items[0].source.type", equalTo("adjustment"));
        api.as(f.admin()).body(Map.of("reason", "damaged", "lines", List.of(Map.of("deviceId", serial, "delta", -1),
                        Map.of("deviceId", lot, "delta", -4)))).post(f.path("adjustments")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:negative-quantity")).body("detail", containsString("would leave -1"));
        assertThat(f.device(f.admin(), serial)).containsEntry("quantity", 1);
        assertThat(f.device(f.admin(), lot)).containsEntry("quantity", 3);
        api.as(f.admin()).body(Map.of("reason", "found", "lines", List.of(Map.of("deviceId", lot, "delta", -1))))
                .post(f.path("adjustments")).then().statusCode(400).body("detail", containsString("adds units"));
        api.as(f.admin()).body(Map.of("reason", "found", "lines", List.of(Map.of("deviceId", serial, "delta", 1))))
                .post(f.path("adjustments")).then().statusCode(400).body("detail", containsString("at most one unit"));
        api.as(f.admin()).body(Map.of("reason", "count_correction", "lines", List.of(Map.of("deviceId", serial, "delta", -1),
                Map.of("deviceId", elsewhere, "delta", -1)))).post(f.path("adjustments")).then().statusCode(400)
                .body("type", equalTo("urn:consigna:problem:one-custodian"));
        api.as(f.admin()).body(Map.of("reason", "stolen", "lines", List.of(Map.of("deviceId", lot, "delta", -1))))
                .post(f.path("adjustments")).then().statusCode(400).body("detail", containsString("count_correction"));
        f.transfer(f.admin(), other, lines(lot)).statusCode(201);
        api.as(f.admin()).body(Map.of("reason", "lost", "lines", List.of(Map.of("deviceId", lot, "delta", -1))))
                .post(f.path("adjustments")).then().statusCode(409).body("type", equalTo("urn:consigna:problem:device-in-pending-transfer"));
        assertThat(f.onHand(main, lotItem)).isEqualTo(3);
        f.verifyConsistent();
    }

    @Test
    void ofConcurrentRequestsOnOneDeviceExactlyOneWinsAndTheOthersGetAClearConflict() throws Exception {
        InventoryFixtures f = newTenant();
        String line = f.productLine("Spine");
        String item = (String) f.item(line, "serial").get("id");
        String lotItem = (String) f.item(line, "lot").get("id");
        String main = f.location("Main");
        List<String> receivers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            receivers.add(f.location("Site " + i));
        }
        String device = f.receiveSerials(main, item, "RACE-1").get(0);

        List<Integer> statuses = race(receivers.size(), i -> f.transfer(f.admin(), receivers.get(i), lines(device)).extract());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        String winner = api.as(f.admin()).queryParam("status", "pending").get(f.path("transfers")).then()
                .body("items", org.hamcrest.Matchers.hasSize(1)).extract().path("items[0].id");

        List<Integer> decisions = race(2, i -> api.as(f.admin()).post(f.path("transfers/" + winner + (i == 0 ? "/accept" : "/cancel")))
                .then().extract());
        assertThat(decisions).containsExactlyInAnyOrder(200, 409);

        String lot = f.receiveLot(main, lotItem, "RACE-L", 5);
        List<Integer> losses = race(8, i -> api.as(f.admin()).body(Map.of("reason", "lost",
                "lines", List.of(Map.of("deviceId", lot, "delta", -1)))).post(f.path("adjustments")).then().extract());
        assertThat(losses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(5);
        assertThat(f.device(f.admin(), lot)).containsEntry("quantity", 0);

        String other = f.receiveSerials(main, item, "RACE-2").get(0);
        List<Integer> mixed = race(2, i -> i == 0
                ? f.transfer(f.admin(), receivers.get(0), lines(other)).extract()
                : api.as(f.admin()).body(Map.of("reason", "broken")).post(f.path("devices/" + other + "/deactivate")).then().extract());
        assertThat(mixed).containsExactlyInAnyOrder(mixed.contains(201) ? 201 : 200, 409);

        // The same new serial in two receipts at once: the unique index lets one in, the other is told which.
        List<Integer> receipts = race(2, i -> f.receive(f.admin(), receivers.get(i), item,
                List.of(Map.of("serial", "TWIN-" + i), Map.of("serial", "TWIN"))).extract());
        assertThat(receipts).containsExactlyInAnyOrder(201, 409);
        api.as(f.admin()).queryParam("serial", "TWIN").get(f.path("devices")).then().body("items", org.hamcrest.Matchers.hasSize(1));
        assertThat(api.as(f.admin()).queryParam("q", "TWIN-").get(f.path("devices")).then().extract().<List<String>>path("items.id"))
                .hasSize(1);
        f.verifyConsistent();
    }

    private interface Attempt {
        ExtractableResponse<Response> run(int index);
    }

    /** Starts the attempts together and returns their HTTP statuses; a 409 must be a clear problem. */
    private static List<Integer> race(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<ExtractableResponse<Response>> call = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> future : futures) {
                ExtractableResponse<Response> response = future.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat((String) response.path("detail")).isNotBlank();
                }
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
