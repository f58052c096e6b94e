package org.consigna.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.INVENTORY_PROBE;
import static org.consigna.server.inventory.InventoryFixtures.number;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Catalog, locations, receiving (serials, lots, UDIs, bulk), device rules, history, search and export, the ledger check. */
@DeployWith(INVENTORY_PROBE)
class InventoryDevicesIT extends IntegrationTest {

    private InventoryFixtures newTenant() {
        return new InventoryFixtures(api, api.newTenant("inv"));
    }

    @Test
    void receivedDevicesAreInCustodyWithTheirLedgerEntriesAndBalances() {
        InventoryFixtures f = newTenant();
        String line = f.productLine("Spine");
        String serialItem = (String) f.item(line, "serial").get("id");
        String lotItem = (String) f.item(line, "lot").get("id");
        String warehouse = f.location("Central warehouse");

        List<String> ids = f.receiveSerials(warehouse, serialItem, "SN-1", "SN-2", "SN-3");
        String lot = f.receiveLot(warehouse, lotItem, "L-77", 10);

        Map<String, Object> device = f.device(f.admin(), ids.get(2));
        assertThat(device).containsEntry("serial", "SN-3").containsEntry("status", "active").containsEntry("quantity", 1);
        assertThat((Map<String, Object>) device.get("custodian")).containsEntry("id", warehouse)
                .containsEntry("kind", "location").containsEntry("name", "Central warehouse");
        api.as(f.admin()).get(f.path("devices/" + ids.get(2) + "/history")).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("received"))
                .body("items[0].balance", equalTo(3))
                .body("items[0].to.id", equalTo(warehouse))
                .body("items[0].source.type", equalTo("receipt"));
        api.as(f.admin()).get(f.path("devices/" + lot + "/history")).then().body("items[0].balance", equalTo(10));
        assertThat(f.onHand(warehouse, serialItem)).isEqualTo(3);
        assertThat(f.onHand(warehouse, lotItem)).isEqualTo(10);
        f.verifyConsistent();
    }

    @Test
    void everyoneReadsTheCatalogOnlyAdminsChangeIt() {
        InventoryFixtures f = newTenant();
        String line = f.productLine("Trauma");
        Map<String, Object> item = f.item(line, "serial");
        InventoryFixtures.Member sales = f.member("sales");

        api.as(sales.token()).get(f.path("items")).then().statusCode(200).body("items.catalogNumber", hasItem(item.get("catalogNumber")));
        api.as(sales.token()).get(f.path("product-lines")).then().statusCode(200).body("items.name", hasItem("Trauma"));
        api.as(sales.token()).body(Map.of("productLineId", line, "catalogNumber", "X-1", "description", "x", "tracking", "lot",
                        "singleUse", true)).post(f.path("items")).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:role-required"));
        api.as(f.admin()).body(Map.of("productLineId", line, "catalogNumber", "X-2", "description", "x", "tracking", "lot",
                        "singleUse", true, "gtin", "00884838005618")).post(f.path("items")).then().statusCode(400)
                .body("type", equalTo("urn:consigna:problem:invalid-gtin")).body("detail", containsString("expected 7"));
        api.as(f.admin()).body(Map.of("productLineId", line, "catalogNumber", item.get("catalogNumber"), "description", "x",
                "tracking", "lot", "singleUse", true)).post(f.path("items")).then().statusCode(409);
        api.as(f.admin()).body(Map.of("productLineId", line, "catalogNumber", item.get("catalogNumber"), "description", "x",
                        "tracking", "lot", "singleUse", true)).put(f.path("items/" + item.get("id"))).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:tracking-fixed"));
        String north = f.location("North");
        f.location("South");
        api.as(f.admin()).body(Map.of("name", "South", "kind", "office")).put(f.path("locations/" + north)).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:duplicate"));
        api.as(sales.token()).get(f.path("locations")).then().statusCode(200);
        api.as(sales.token()).body(Map.of("name", "Mine", "kind", "office")).post(f.path("locations")).then().statusCode(403);
    }

    @Test
    void udisAreParsedForScannersAndFillInReceiptLines() {
        InventoryFixtures f = newTenant();
        Map<String, Object> item = f.item(f.productLine("Spine"), "serial");
        String gtin = (String) item.get("gtin");
        String warehouse = f.location("Scanner dock");
        String fnc1 = "]d201" + gtin + "17301231" + "10LOT-A" + InventoryFixtures.GS + "21SN-UDI-1";
        String readable = "(01)" + gtin + "(17)301231(10)LOT-A(21)SN-UDI-2";

        api.as(f.admin()).body(Map.of("udi", fnc1)).post(f.path("udi/parse")).then().statusCode(200)
                .body("gtin", equalTo(gtin)).body("lot", equalTo("LOT-A")).body("serial", equalTo("SN-UDI-1"))
                .body("expiry", equalTo("2030-12-31")).body("item.id", equalTo(item.get("id")));
        List<String> ids = f.receive(f.admin(), warehouse, null, List.of(Map.of("udi", fnc1), Map.of("udi", readable)))
                .statusCode(201).extract().path("deviceIds");
        Map<String, Object> second = f.device(f.admin(), ids.get(1));
        assertThat(second).containsEntry("serial", "SN-UDI-2").containsEntry("lot", "LOT-A").containsEntry("expiry", "2030-12-31")
                .containsEntry("udi", readable);

        String badCheckDigit = gtin.substring(0, 13) + ((gtin.charAt(13) - '0' + 1) % 10);
        api.as(f.admin()).body(Map.of("udi", "]d201" + badCheckDigit + "21X")).post(f.path("udi/parse")).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:invalid-udi"))
                .body("position", number(5)).body("detail", containsString("check digit"));
        api.as(f.admin()).body(Map.of("udi", "01" + gtin + "99ABC")).post(f.path("udi/parse")).then().statusCode(400)
                .body("position", number(16)).body("detail", containsString("unknown application identifier"));
        api.as(f.admin()).body(Map.of("udi", "01" + gtin + "17301340")).post(f.path("udi/parse")).then().statusCode(400)
                .body("position", number(18)).body("detail", containsString("not a valid YYMMDD date"));
        f.receive(f.admin(), warehouse, null, List.of(Map.of("udi", "(01)" + gtin + "(21)SN-OK"), Map.of("udi", "01" + gtin + "17301340")))
                .statusCode(400).body("type", equalTo("urn:consigna:problem:invalid-receipt"))
                .body("errors[0].line", number(2)).body("errors[0].message", containsString("at position 18"));
        assertThat(f.onHand(warehouse, (String) item.get("id"))).isEqualTo(2);
    }

    @Test
    void eachLineMustFitItsItemsTrackingAndCustodyRulesApply() {
        InventoryFixtures f = newTenant();
        String line = f.productLine("Spine");
        String serialItem = (String) f.item(line, "serial").get("id");
        String lotItem = (String) f.item(line, "lot").get("id");
        String untracked = (String) f.item(line, "none").get("id");
        InventoryFixtures.Member sales = f.member("sales");
        InventoryFixtures.Member other = f.member("sales");

        f.receive(f.admin(), sales.id(), serialItem, List.of(Map.of("lot", "L1"), Map.of("serial", "S1"),
                        Map.of("itemId", lotItem, "quantity", 4), Map.of("itemId", untracked, "serial", "S2")))
                .statusCode(400).body("errors.line", contains(number(1), number(3), number(4)))
                .body("errors[0].message", containsString("serialized"))
                .body("errors[1].message", containsString("lot-tracked"));
        assertThat(f.onHand(sales.id(), serialItem)).isZero();

        f.receive(sales.token(), sales.id(), untracked, List.of(Map.of("quantity", 12))).statusCode(201);
        f.receive(sales.token(), other.id(), untracked, List.of(Map.of("quantity", 1))).statusCode(403)
                .body("type", equalTo("urn:consigna:problem:custody-forbidden"));
        String adminId = api.as(f.admin()).get(f.tenant.path("members/me")).then().extract().path("member.id");
        f.receive(f.admin(), adminId, untracked, List.of(Map.of("quantity", 1))).statusCode(409)
                .body("type", equalTo("urn:consigna:problem:not-a-custodian"));
        assertThat(f.onHand(sales.id(), untracked)).isEqualTo(12);
    }

    @Test
    void tenThousandSerialsArriveInOneRequestAndDuplicatesRefuseTheWholeReceipt() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        String warehouse = f.location("Bulk");
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            lines.add(Map.of("serial", String.format("BULK-%05d", i), "expiry", "2031-06-30"));
        }
        long start = System.nanoTime();
        List<String> ids = f.receive(f.admin(), warehouse, item, lines).statusCode(201).extract().path("deviceIds");
        System.out.printf("received 10,000 serialized devices in one request: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(ids).hasSize(10_000).doesNotHaveDuplicates();
        assertThat(f.onHand(warehouse, item)).isEqualTo(10_000);

        f.receive(f.admin(), warehouse, item, List.of(Map.of("serial", "NEW-1"), Map.of("serial", "BULK-00007"),
                        Map.of("serial", "NEW-2"), Map.of("serial", "BULK-09999")))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:duplicate-serials"))
                .body("serials", hasSize(2)).body("serials[0]", containsString("BULK-00007"))
                .body("serials[1]", containsString("BULK-09999"));
        f.receive(f.admin(), warehouse, item, List.of(Map.of("serial", "NEW-3"), Map.of("serial", "NEW-3")))
                .statusCode(409).body("serials[0]", containsString("NEW-3")).body("count", number(1));
        api.as(f.admin()).queryParam("serial", "NEW-1").get(f.path("devices")).then().statusCode(200).body("items", hasSize(0));
        assertThat(f.onHand(warehouse, item)).isEqualTo(10_000);
        f.verifyConsistent();
    }

    @Test
    void anInactiveDeviceAcceptsOnlyTagsAndNotesAndKeepsItsHistory() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        String warehouse = f.location("Main");
        String office = f.location("Office");
        String id = f.receiveSerials(warehouse, item, "DEAD-1").get(0);

        api.as(f.admin()).body(Map.of("reason", "packaging damaged")).post(f.path("devices/" + id + "/deactivate")).then()
                .statusCode(200).body("status", equalTo("inactive")).body("inactive.cause", equalTo("deactivated"))
                .body("inactive.reason", equalTo("packaging damaged"));

        f.transfer(f.admin(), office, InventoryFixtures.lines(id)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:device-inactive"))
                .body("rule", equalTo("inactive-devices-accept-only-tags-and-notes"))
                .body("detail", containsString("only tags and notes"));
        api.as(f.admin()).body(Map.of("reason", "found", "lines", List.of(Map.of("deviceId", id, "delta", 1))))
                .post(f.path("adjustments")).then().statusCode(409).body("type", equalTo("urn:consigna:problem:device-inactive"));
        api.as(f.admin()).body(Map.of("expiry", "2032-01-01")).put(f.path("devices/" + id + "/details")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:device-inactive"));
        api.as(f.admin()).body(Map.of("reason", "again")).post(f.path("devices/" + id + "/deactivate")).then().statusCode(409);
        api.as(f.admin()).delete(f.path("devices/" + id)).then().statusCode(405);

        api.as(f.admin()).body(Map.of("tag", "Recall-2026")).post(f.path("devices/" + id + "/tags")).then().statusCode(200)
                .body("", equalTo(List.of("recall-2026")));
        api.as(f.admin()).body(Map.of("text", "returned to manufacturer")).post(f.path("devices/" + id + "/notes")).then().statusCode(201);
        api.as(f.admin()).get(f.path("devices/" + id + "/notes")).then().body("items.text", equalTo(List.of("returned to manufacturer")));
        api.as(f.admin()).get(f.path("devices/" + id + "/history")).then()
                .body("items.type", equalTo(List.of("deactivated", "received"))).body("items[0].balance", equalTo(0))
                .body("items[0].reason", equalTo("packaging damaged"));

        api.as(f.admin()).queryParam("item", item).get(f.path("devices")).then().body("items", hasSize(0));
        api.as(f.admin()).queryParam("item", item).queryParam("includeDeactivated", true).get(f.path("devices")).then()
                .body("items.id", equalTo(List.of(id))).body("items[0].tags", equalTo(List.of("recall-2026")));
        api.as(f.admin()).queryParam("status", "inactive").get(f.path("devices")).then().body("items.id", equalTo(List.of(id)));
        assertThat(f.onHand(warehouse, item)).isZero();
        f.verifyConsistent();
    }

    @Test
    void theDatabaseRefusesToDeleteDevicesAndToChangeOrDeleteLedgerRows() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "lot").get("id");
        f.receiveLot(f.location("Main"), item, "L-1", 5);
        InventoryDb db = new InventoryDb(f.tenant.id());

        assertThat(db.tryExecute("DELETE FROM " + db.table("device"))).startsWith("P0001").contains("never deleted");
        assertThat(db.tryExecute("TRUNCATE " + db.table("device") + " CASCADE")).startsWith("P0001");
        assertThat(db.tryExecute("UPDATE " + db.table("ledger_entry") + " SET quantity = 50")).startsWith("P0001")
                .contains("append-only");
        assertThat(db.tryExecute("DELETE FROM " + db.table("ledger_entry"))).startsWith("P0001");
        assertThat(db.tryExecute("TRUNCATE " + db.table("ledger_entry"))).startsWith("P0001");
        assertThat(db.query("SELECT count(*) AS n FROM " + db.table("ledger_entry")).get(0).get("n")).isEqualTo(1L);
    }

    @Test
    void theLedgerCheckReportsStateChangedBehindItsBack() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "lot").get("id");
        String id = f.receiveLot(f.location("Main"), item, "L-1", 5);
        f.verifyConsistent();
        InventoryDb db = new InventoryDb(f.tenant.id());

        db.execute("UPDATE " + db.table("device") + " SET quantity = 7 WHERE id = '" + id + "'");

        api.as(f.admin()).get(f.path("ledger/verify")).then().statusCode(200)
                .body("consistent", equalTo(false)).body("differenceCount", equalTo(1))
                .body("differences[0].kind", equalTo("device")).body("differences[0].subject", equalTo(id))
                .body("differences[0].ledger", containsString("quantity 5"))
                .body("differences[0].stored", containsString("quantity 7"));
        InventoryFixtures.Member sales = f.member("sales");
        api.as(sales.token()).get(f.path("ledger/verify")).then().statusCode(403);
    }

    @Test
    void searchFiltersSortsPagesAndExportsTheSameQueryAsCsv() {
        InventoryFixtures f = newTenant();
        String line = f.productLine("Spine");
        String otherLine = f.productLine("Trauma");
        Map<String, Object> screw = f.item(line, "serial");
        String screwId = (String) screw.get("id");
        String plate = (String) api.as(f.admin()).body(Map.of("productLineId", otherLine, "catalogNumber", "PLATE-9",
                        "description", "Plate, 5.5\" wide", "tracking", "lot", "singleUse", false))
                .post(f.path("items")).then().statusCode(201).extract().path("id");
        String north = f.location("North");
        String south = f.location("South");
        LocalDate today = LocalDate.now();
        List<Map<String, Object>> screws = new ArrayList<>();
        int[] days = {10, 40, 400, 5, 200};
        for (int i = 0; i < days.length; i++) {
            screws.add(Map.of("serial", "SCR-" + i, "expiry", today.plusDays(days[i]).toString()));
        }
        screws.add(Map.of("serial", "SCR-nodate"));
        List<String> ids = f.receive(f.admin(), north, screwId, screws).statusCode(201).extract().path("deviceIds");
        String plates = f.receive(f.admin(), south, plate, List.of(Map.of("lot", "Lot_X%1", "quantity", 5))).statusCode(201)
                .extract().path("deviceIds[0]");
        api.as(f.admin()).body(Map.of("tag", "recall")).post(f.path("devices/" + ids.get(1) + "/tags")).then().statusCode(200);
        api.as(f.admin()).body(Map.of("tag", "recall")).post(f.path("devices/" + plates + "/tags")).then().statusCode(200);

        assertThat(search(f, Map.of("item", screwId))).hasSize(6);
        assertThat(search(f, Map.of("productLine", otherLine))).containsExactly(plates);
        assertThat(search(f, Map.of("lot", "lot_x%1"))).containsExactly(plates);
        assertThat(search(f, Map.of("q", "lot_x"))).containsExactly(plates);
        assertThat(search(f, Map.of("q", "lot_"))).containsExactly(plates);
        assertThat(search(f, Map.of("serial", "scr-3"))).containsExactly(ids.get(3));
        assertThat(search(f, Map.of("custodian", south))).containsExactly(plates);
        assertThat(search(f, Map.of("tag", "RECALL"))).containsExactlyInAnyOrder(ids.get(1), plates);
        assertThat(search(f, Map.of("q", (String) screw.get("catalogNumber")))).hasSize(6);
        assertThat(search(f, Map.of("expiringWithin", "30", "sort", "expiry"))).containsExactly(ids.get(3), ids.get(0));
        api.as(f.admin()).queryParam("days", 60).get(f.path("devices/expiring")).then().statusCode(200)
                .body("items.serial", equalTo(List.of("SCR-3", "SCR-0", "SCR-1")));
        assertThat(search(f, Map.of("item", screwId, "sort", "serial", "order", "desc")))
                .containsExactly(ids.get(5), ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));

        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = api.as(f.admin()).queryParam("item", screwId).queryParam("sort", "expiry").queryParam("limit", 4);
            if (after != null) {
                request = request.queryParam("cursor", after);
            }
            var page = request.get(f.path("devices")).then().statusCode(200).extract();
            paged.addAll(page.path("items.id"));
            after = page.path("nextCursor");
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(2);
        assertThat(paged).containsExactly(ids.get(3), ids.get(0), ids.get(1), ids.get(4), ids.get(2), ids.get(5));
        api.as(f.admin()).queryParam("cursor", "bm90LWEtY3Vyc29y").get(f.path("devices")).then().statusCode(400)
                .body("type", equalTo("urn:consigna:problem:invalid-cursor"));
        api.as(f.admin()).queryParam("custodian", "north").get(f.path("devices")).then().statusCode(400)
                .body("detail", containsString("custodian"));
        api.as(f.admin()).queryParam("status", "sold").get(f.path("devices")).then().statusCode(400);

        String csv = api.as(f.admin()).accept("text/csv").queryParam("item", screwId).queryParam("sort", "serial")
                .queryParam("order", "asc").get(f.path("devices/export")).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows).hasSize(7);
        assertThat(rows[0]).startsWith("id,catalog_number,description,serial,lot,expiry");
        assertThat(rows[1]).startsWith(ids.get(0) + "," + screw.get("catalogNumber")).contains(",North,");
        String plateCsv = api.as(f.admin()).accept("text/csv").queryParam("custodian", south).get(f.path("devices/export"))
                .then().statusCode(200).extract().asString();
        assertThat(plateCsv).contains("\"Plate, 5.5\"\" wide\"").contains(",recall");
    }

    private List<String> search(InventoryFixtures f, Map<String, String> params) {
        return api.as(f.admin()).queryParams(params).queryParam("limit", 100).get(f.path("devices")).then().statusCode(200)
                .extract().path("items.id");
    }
}
