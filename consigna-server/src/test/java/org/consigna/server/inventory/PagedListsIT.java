package org.consigna.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.INVENTORY_PROBE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Every list is paged the same way: {@code cursor} and {@code limit} in, {@code items} and {@code nextCursor}
 * out, keyset underneath; walking a list sees every row once, in order, whatever is added meanwhile, and a
 * page of 100,000 transfers comes from an index, never from reading the table.
 */
@DeployWith(INVENTORY_PROBE)
class PagedListsIT extends IntegrationTest {

    @Test
    void walkingAListSeesEveryRowOnceInOrderEvenWhenRowsAreAddedBetweenPages() {
        InventoryFixtures f = new InventoryFixtures(api, api.newTenant("pages"));
        for (int i = 1; i <= 9; i++) {
            f.productLine("Line " + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = api.as(f.admin()).queryParam("limit", 2);
            var page = (cursor == null ? request : request.queryParam("cursor", cursor)).get(f.path("product-lines"))
                    .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2)).extract();
            seen.addAll(page.path("items.name"));
            cursor = page.path("nextCursor");
            if (++pages == 1) {
                // One row behind the walk (an offset would now show "Line 2" twice) and one ahead of it.
                f.productLine("Line 0");
                f.productLine("Line 99");
            }
        } while (cursor != null);

        assertThat(seen).containsExactly("Line 1", "Line 2", "Line 3", "Line 4", "Line 5", "Line 6", "Line 7", "Line 8",
                "Line 9", "Line 99");
        assertThat(pages).isEqualTo(5);
        api.as(f.admin()).queryParam("limit", 200).get(f.path("product-lines")).then().statusCode(200)
                .body("items", hasSize(11)).body("nextCursor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void badCursorsAndLimitsAreRefusedNamingTheParameter() {
        InventoryFixtures f = new InventoryFixtures(api, api.newTenant("pagebad"));
        f.productLine("A");
        f.productLine("B");
        String linesCursor = api.as(f.admin()).queryParam("limit", 1).get(f.path("product-lines")).then().statusCode(200)
                .body("nextCursor", notNullValue()).extract().path("nextCursor");

        for (String list : List.of(f.path("product-lines"), f.path("locations"), f.path("items"), f.path("transfers"),
                f.path("devices"), f.path("on-hand"), f.tenant.path("members"), f.tenant.path("sharing-links"))) {
            for (String limit : List.of("0", "201", "-1", "ten")) {
                api.as(f.admin()).queryParam("limit", limit).get(list).then().statusCode(400)
                        .contentType(containsString("application/problem+json"))
                        .body("type", equalTo("urn:consigna:problem:invalid-parameter"))
                        .body("parameter", equalTo("limit")).body("detail", containsString("'limit'"));
            }
            for (String cursor : List.of("not a cursor", "bm90LWEtY3Vyc29y")) {
                api.as(f.admin()).queryParam("cursor", cursor).get(list).then().statusCode(400)
                        .contentType(containsString("application/problem+json"))
                        .body("type", equalTo("urn:consigna:problem:invalid-cursor")).body("parameter", equalTo("cursor"));
            }
        }
        // A cursor of one list means nothing to another.
        api.as(f.admin()).queryParam("cursor", linesCursor).get(f.path("locations")).then().statusCode(400)
                .body("parameter", equalTo("cursor"));
        api.as(f.admin()).queryParam("cursor", linesCursor).get(f.path("product-lines")).then().statusCode(200)
                .body("items.name", equalTo(List.of("B")));
        api.request().queryParam("limit", "1000").get("platform/tenants").then().statusCode(400)
                .body("parameter", equalTo("limit"));
    }

    @Test
    void aPageOf100kTransfersIsReadFromTheIndex() {
        InventoryFixtures f = new InventoryFixtures(api, api.newTenant("pagebig"));
        String from = f.custodianOnly("Sender");
        String to = f.custodianOnly("Receiver");
        InventoryDb db = new InventoryDb(f.tenant.id());
        // Straight into the table: transfers hold no devices here, so nothing else (the ledger) is involved.
        db.execute("INSERT INTO " + db.table("transfer") + " (id, from_custodian_id, from_custodian_kind, to_custodian_id,"
                + " to_custodian_kind, status, created_by, created_at, decided_by, decided_at, version)"
                + " SELECT gen_random_uuid(), '" + from + "', 'member', '" + to + "', 'member', 'cancelled', '" + from + "',"
                + " timestamptz '2025-01-01' + g * interval '1 second' + (g % 7) * interval '1 microsecond', '" + from + "',"
                + " timestamptz '2025-01-02', 0 FROM generate_series(1, 100000) g");
        // Ties on created_at: the id must order them, and the walk must not lose one.
        db.execute("INSERT INTO " + db.table("transfer") + " (id, from_custodian_id, from_custodian_kind, to_custodian_id,"
                + " to_custodian_kind, status, created_by, created_at, version) SELECT gen_random_uuid(), '" + to
                + "', 'member', '" + from + "', 'member', 'pending', '" + to + "', timestamptz '2030-01-01', 0"
                + " FROM generate_series(1, 5)");
        db.execute("ANALYZE " + db.table("transfer"));

        List<Map<String, Object>> walked = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            RequestSpecification request = api.as(f.admin()).queryParam("limit", 4);
            var found = (cursor == null ? request : request.queryParam("cursor", cursor)).get(f.path("transfers")).then()
                    .statusCode(200).body("items", hasSize(4)).extract();
            walked.addAll(found.path("items"));
            cursor = found.path("nextCursor");
        }
        List<Instant> created = walked.stream().map(t -> Instant.parse((String) t.get("createdAt"))).toList();
        assertThat(created.subList(0, 5)).as("the five ties come first").containsOnly(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(walked.stream().map(t -> t.get("id")).collect(Collectors.toSet())).hasSize(12);
        assertThat(created.get(11)).isEqualTo(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(100_000 - 6)
                .plusNanos(1000L * ((100_000 - 6) % 7)));
        api.as(f.admin()).queryParam("custodian", from).queryParam("limit", 200).get(f.path("transfers")).then()
                .statusCode(200).body("items", hasSize(200)).body("nextCursor", notNullValue());

        // The statements the list runs (JPQL in JpaTransferRepository), first page and a page deep in the table.
        String last = (String) walked.get(11).get("id");
        String seek = " AND t.created_at <= '" + created.get(11) + "' AND (t.created_at < '" + created.get(11)
                + "' OR t.id < '" + last + "')";
        for (String where : List.of("", seek, " AND t.status = 'cancelled'" + seek,
                " AND (t.from_custodian_id IN ('" + from + "') OR t.to_custodian_id IN ('" + from + "'))" + seek)) {
            String plan = db.query("EXPLAIN SELECT * FROM " + db.table("transfer") + " t WHERE 1 = 1" + where
                            + " ORDER BY t.created_at DESC, t.id DESC LIMIT 51").stream()
                    .map(row -> (String) row.get("QUERY PLAN")).collect(Collectors.joining("\n"));
            assertThat(plan).as(plan).doesNotContain("Seq Scan").contains("Index");
        }
    }
}
