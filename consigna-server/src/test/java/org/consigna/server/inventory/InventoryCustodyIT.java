package org.consigna.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.server.ConsignaWar.Extra.INVENTORY_PROBE;
import static org.consigna.server.inventory.InventoryFixtures.lines;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import org.consigna.server.DeployWith;
import org.consigna.server.IntegrationTest;
import org.junit.jupiter.api.Test;
/** Custody by role and sharing link: what each role sees and may do, and a custody change seen by the very next request. */
@DeployWith(INVENTORY_PROBE)
class InventoryCustodyIT extends IntegrationTest {

    private InventoryFixtures newTenant() {
        return new InventoryFixtures(api, api.newTenant("custody"));
    }

    @Test
    void whatEachRoleSeesAndMayDoFollowsCustodyAndSharingLinks() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        InventoryFixtures.Member distributor = f.member("distributor");
        InventoryFixtures.Member linkedRep = f.member("sales");
        InventoryFixtures.Member otherRep = f.member("sales");
        String custodianOnly = f.custodianOnly("Gulf Coast Distribution");
        f.link(distributor.id(), linkedRep.id());
        f.link(custodianOnly, otherRep.id());
        String ofDistributor = f.receiveSerials(distributor.id(), item, "D-1").get(0);
        String ofLinked = f.receiveSerials(linkedRep.id(), item, "S-1").get(0);
        String ofOther = f.receiveSerials(otherRep.id(), item, "O-1").get(0);
        String ofCustodianOnly = f.receiveSerials(custodianOnly, item, "C-1").get(0);

        assertThat(visible(f, linkedRep.token())).containsExactlyInAnyOrder(ofDistributor, ofLinked);
        assertThat(visible(f, distributor.token())).containsExactlyInAnyOrder(ofDistributor, ofLinked);
        assertThat(visible(f, otherRep.token())).containsExactlyInAnyOrder(ofOther, ofCustodianOnly);
        assertThat(visible(f, f.admin())).hasSize(4);
        api.as(linkedRep.token()).get(f.path("devices/" + ofOther)).then().statusCode(404)
                .body("type", equalTo("urn:consigna:problem:device-not-found"));
        api.as(linkedRep.token()).get(f.path("on-hand")).then().statusCode(200)
                .body("items.custodian.id", org.hamcrest.Matchers.containsInAnyOrder(distributor.id(), linkedRep.id()));
        api.as(linkedRep.token()).accept("text/csv").get(f.path("devices/export")).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("O-1")));

        // A linked sales user acts for the distributor; the ledger records on whose behalf.
        String pulled = f.transfer(linkedRep.token(), linkedRep.id(), lines(ofDistributor)).statusCode(201).extract().path("id");
        api.as(linkedRep.token()).post(f.path("transfers/" + pulled + "/accept")).then().statusCode(200);
        api.as(f.admin()).get(f.path("devices/" + ofDistributor + "/history")).then()
                .body("items[0].actorId", equalTo(linkedRep.id())).body("items[0].onBehalfOf", nullValue());
        // The distributor acts for the linked rep; the other rep's custody stays out of reach.
        f.transfer(distributor.token(), distributor.id(), lines(ofLinked)).statusCode(201);
        // A device the caller may not see is, in a request body, an unknown reference like one that never existed.
        f.transfer(linkedRep.token(), linkedRep.id(), lines(ofOther)).statusCode(422)
                .body("type", equalTo("urn:consigna:problem:unknown-reference")).body("field", equalTo("lines[0].deviceId"));
        f.transfer(otherRep.token(), otherRep.id(), lines(ofLinked)).statusCode(422);
        api.as(otherRep.token()).body(Map.of("reason", "lost", "lines", List.of(Map.of("deviceId", ofCustodianOnly, "delta", -1))))
                .post(f.path("adjustments")).then().statusCode(201);
        api.as(otherRep.token()).get(f.path("devices/" + ofCustodianOnly + "/history")).then()
                .body("items[0].actorId", equalTo(otherRep.id())).body("items[0].onBehalfOf", equalTo(custodianOnly));
        api.as(otherRep.token()).get(f.path("transfers")).then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
        api.as(distributor.token()).get(f.path("transfers")).then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2));
        f.verifyConsistent();
    }

    /** Custody scopes are cached between requests: every change that moves one is seen by the very next request. */
    @Test
    void aCustodyChangeIsSeenByTheVeryNextRequest() {
        InventoryFixtures f = newTenant();
        String item = (String) f.item(f.productLine("Spine"), "serial").get("id");
        InventoryFixtures.Member distributor = f.member("distributor");
        InventoryFixtures.Member rep = f.member("sales");
        String ofDistributor = f.receiveSerials(distributor.id(), item, "CC-1").get(0);
        String device = f.path("devices/" + ofDistributor);

        // Read twice without the link: the rep's scope is cached without the distributor.
        api.as(rep.token()).get(device).then().statusCode(404);
        api.as(rep.token()).get(device).then().statusCode(404).contentType("application/problem+json");
        String link = api.as(f.admin()).body(Map.of("distributorId", distributor.id(), "salesId", rep.id()))
                .post(f.tenant.path("sharing-links")).then().statusCode(201).extract().path("id");
        api.as(rep.token()).get(device).then().statusCode(200);
        api.as(distributor.token()).get(f.path("devices")).then().statusCode(200).body("items.id",
                org.hamcrest.Matchers.contains(ofDistributor));

        api.as(f.admin()).post(f.tenant.path("sharing-links/" + link + "/remove")).then().statusCode(200);
        api.as(rep.token()).get(device).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:device-not-found"));
        f.transfer(rep.token(), rep.id(), lines(ofDistributor)).statusCode(422)
                .body("type", equalTo("urn:consigna:problem:unknown-reference"));

        // A role change moves the scope too: an admin acts for everyone, a sales user again for no one else.
        api.as(f.admin()).body(Map.of("role", "admin")).put(f.tenant.path("members/" + rep.id() + "/role")).then().statusCode(200);
        api.as(rep.token()).get(device).then().statusCode(200);
        api.as(f.admin()).body(Map.of("role", "sales")).put(f.tenant.path("members/" + rep.id() + "/role")).then().statusCode(200);
        api.as(rep.token()).get(device).then().statusCode(404);
        f.verifyConsistent();
    }

    private List<String> visible(InventoryFixtures f, String token) {
        return api.as(token).get(f.path("devices")).then().statusCode(200).extract().path("items.id");
    }
}
