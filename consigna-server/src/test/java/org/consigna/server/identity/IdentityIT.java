package org.consigna.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.testsupport.KeycloakAdmin;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Members, roles per tenant, sharing links and the custody they grant, through the API with real tokens. */
class IdentityIT extends IntegrationTest {

    record Person(String id, String email, String token) {
    }

    private Person invite(Api.Tenant tenant, String name, String role) {
        String email = name + "@" + tenant.id() + ".test";
        String id = api.as(tenant.adminToken())
                .body(Map.of("email", email, "firstName", name, "lastName", "Tester", "role", role))
                .post(tenant.path("members")).then().statusCode(201)
                .body("member.role", equalTo(role)).extract().path("member.id");
        return new Person(id, email, Api.tokenOf(email, "openid organization"));
    }

    private String link(Api.Tenant tenant, String distributorId, String salesId) {
        return api.as(tenant.adminToken()).body(Map.of("distributorId", distributorId, "salesId", salesId))
                .post(tenant.path("sharing-links")).then().statusCode(201).extract().path("id");
    }

    private Set<String> custody(Api.Tenant tenant, Person person) {
        List<String> ids = api.as(person.token()).get(tenant.path("members/me")).then().statusCode(200)
                .body("custody.everyone", equalTo(false)).extract().path("custody.custodians");
        return Set.copyOf(ids);
    }

    @Test
    void theSharingMatrixCaseByCase() {
        Api.Tenant tenant = api.newTenant("share");
        Person distributor = invite(tenant, "dora", "distributor");
        Person linkedSales = invite(tenant, "sam", "sales");
        Person otherSales = invite(tenant, "sue", "sales");
        String custodianOnly = api.as(tenant.adminToken()).body(Map.of("displayName", "Depot Distribution"))
                .post(tenant.path("custodians")).then().statusCode(201)
                .body("kind", equalTo("custodian")).body("role", equalTo("distributor")).extract().path("id");
        link(tenant, distributor.id(), linkedSales.id());
        link(tenant, custodianOnly, linkedSales.id());

        assertThat(custody(tenant, linkedSales)).as("sales: own + linked distributors, full user or custodian-only")
                .containsExactlyInAnyOrder(linkedSales.id(), distributor.id(), custodianOnly);
        assertThat(custody(tenant, otherSales)).as("sales without links: own only, never another sales user's")
                .containsExactly(otherSales.id());
        assertThat(custody(tenant, distributor)).as("full-user distributor: own + linked sales")
                .containsExactlyInAnyOrder(distributor.id(), linkedSales.id());
        api.as(tenant.adminToken()).get(tenant.path("members/me")).then().body("custody.everyone", equalTo(true));

        String temporary = link(tenant, distributor.id(), otherSales.id());
        assertThat(custody(tenant, otherSales)).containsExactlyInAnyOrder(otherSales.id(), distributor.id());
        api.as(tenant.adminToken()).post(tenant.path("sharing-links/" + temporary + "/remove")).then().statusCode(200);
        assertThat(custody(tenant, otherSales)).as("a removed link grants nothing").containsExactly(otherSales.id());
        assertThat(custody(tenant, distributor)).containsExactlyInAnyOrder(distributor.id(), linkedSales.id());
        api.as(tenant.adminToken()).post(tenant.path("sharing-links/" + temporary + "/remove")).then().statusCode(409);
        List<Object> all = api.as(tenant.adminToken()).get(tenant.path("sharing-links?includeRemoved=true")).then()
                .statusCode(200).extract().path("items.id");
        List<Object> active = api.as(tenant.adminToken()).get(tenant.path("sharing-links")).then()
                .statusCode(200).extract().path("items.id");
        assertThat(all).as("removal is recorded, not erased").contains(temporary).hasSize(3);
        assertThat(active).doesNotContain(temporary).hasSize(2);
    }

    @Test
    void onlyADistributorAndASalesUserMayBeLinked() {
        Api.Tenant tenant = api.newTenant("pairs");
        Person distributor = invite(tenant, "dan", "distributor");
        Person sales = invite(tenant, "sal", "sales");
        Person sales2 = invite(tenant, "sia", "sales");
        Person distributor2 = invite(tenant, "dee", "distributor");
        String admin = api.as(tenant.adminToken()).get(tenant.path("members/me")).then().extract().path("member.id");

        for (String[] pair : new String[][] {{sales.id(), sales2.id()}, {distributor.id(), distributor2.id()},
                {admin, sales.id()}, {sales.id(), distributor.id()}}) {
            api.as(tenant.adminToken()).body(Map.of("distributorId", pair[0], "salesId", pair[1]))
                    .post(tenant.path("sharing-links")).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:consigna:problem:link-not-allowed"));
        }
        link(tenant, distributor.id(), sales.id());
        api.as(tenant.adminToken()).body(Map.of("distributorId", distributor.id(), "salesId", sales.id()))
                .post(tenant.path("sharing-links")).then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:link-exists"));
        api.as(sales.token()).body(Map.of("distributorId", distributor2.id(), "salesId", sales.id()))
                .post(tenant.path("sharing-links")).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:role-required"));
    }

    @Test
    void aUserInTwoTenantsHasTheRightRoleInEach() {
        Api.Tenant first = api.newTenant("two-a");
        Api.Tenant second = api.newTenant("two-b");
        String email = "multi@" + first.id() + ".test";
        api.as(first.adminToken()).body(Map.of("email", email, "firstName", "Mia", "lastName", "Multi", "role", "sales"))
                .post(first.path("members")).then().statusCode(201).body("accountCreated", equalTo(true));
        api.as(second.adminToken()).body(Map.of("email", email, "firstName", "Mia", "lastName", "Multi", "role", "distributor"))
                .post(second.path("members")).then().statusCode(201).body("accountCreated", equalTo(false));

        String token = Api.tokenOf(email, "openid organization:*");
        api.as(token).get(first.path("ping")).then().statusCode(200).body("role", equalTo("sales"));
        api.as(token).get(second.path("ping")).then().statusCode(200).body("role", equalTo("distributor"));
        api.as(token).get(first.path("members")).then().statusCode(200);
        api.as(token).body(Map.of("displayName", "x", "timeZone", "UTC", "currency", "EUR"))
                .put(first.path("settings")).then().statusCode(403);
    }

    /**
     * A distributor serving two manufacturers: one account, one sign-in, a role in each tenant by the
     * platform's memberships. Being invited into A changes nothing about B, and disabling in A neither.
     */
    @Test
    void onePersonInTwoTenantsWorksInBothWithOneSignInAndEachTenantDecidesOnlyForItself() {
        Api.Tenant a = api.newTenant("pair-a");
        Api.Tenant b = api.newTenant("pair-b");
        Person inB = invite(b, "dora", "sales");
        String userId = KeycloakAdmin.shared().findUserId(inB.email()).orElseThrow();
        JsonObject accountBefore = withoutVolatile(KeycloakAdmin.shared().user(userId));
        api.as(inB.token()).get(b.path("ping")).then().statusCode(200).body("role", equalTo("sales"));
        String bMembersBefore = api.as(b.adminToken()).get(b.path("members")).then().statusCode(200).extract().asString();

        String memberInA = api.as(a.adminToken())
                .body(Map.of("email", inB.email(), "firstName", "Other", "lastName", "Name", "role", "distributor"))
                .post(a.path("members")).then().statusCode(201)
                .body("accountCreated", equalTo(false)).body("temporaryPassword", nullValue())
                .extract().path("member.id");

        assertThat(withoutVolatile(KeycloakAdmin.shared().user(userId))).as("the account itself").isEqualTo(accountBefore);
        assertThat(KeycloakAdmin.shared().organizationAliasesOf(userId)).containsExactlyInAnyOrder(a.id(), b.id());
        api.as(b.adminToken()).get(b.path("members")).then().statusCode(200).body(equalTo(bMembersBefore));
        // The token from before the invitation, and a new one whose organization claim Keycloak leaves out for two organizations.
        String fresh = Tokens.shared().passwordToken(inB.email(), Api.PASSWORD, "openid organization");
        for (String token : List.of(inB.token(), fresh)) {
            api.as(token).get(b.path("ping")).then().statusCode(200).body("role", equalTo("sales"));
            api.as(token).get(a.path("ping")).then().statusCode(200).body("role", equalTo("distributor"));
        }
        api.as(fresh).get("me/tenants").then().statusCode(200)
                .body("tenants.id", containsInAnyOrder(a.id(), b.id()))
                .body("tenants.find { it.id == '" + a.id() + "' }.role", equalTo("distributor"))
                .body("tenants.find { it.id == '" + b.id() + "' }.role", equalTo("sales"))
                .body("tenants.find { it.id == '" + b.id() + "' }.memberId", equalTo(inB.id()))
                .body("tenants.find { it.id == '" + a.id() + "' }.modules", hasItem("inventory"));

        api.as(a.adminToken()).post(a.path("members/" + memberInA + "/disable")).then().statusCode(200);
        api.as(fresh).get(a.path("ping")).then().statusCode(403).body("type", equalTo("urn:consigna:problem:not-a-member"));
        api.as(fresh).get(b.path("ping")).then().statusCode(200).body("role", equalTo("sales"));
        api.as(fresh).get(b.path("members/me")).then().statusCode(200).body("member.id", equalTo(inB.id()));
        api.as(fresh).get("me/tenants").then().statusCode(200).body("tenants.id", contains(b.id()));
        api.request().get("me/tenants").then().statusCode(200).body("tenants", hasSize(0));
    }

    /** What Keycloak changes by itself between two reads (none of the platform's doing). */
    private static JsonObject withoutVolatile(JsonObject user) {
        var copy = jakarta.json.Json.createObjectBuilder(user);
        copy.remove("access");
        return copy.build();
    }

    @Test
    void aDisabledMemberIsRefusedAtOnceAndNothingIsDeleted() {
        Api.Tenant tenant = api.newTenant("disable");
        Person sales = invite(tenant, "sid", "sales");
        api.as(sales.token()).get(tenant.path("ping")).then().statusCode(200);

        api.as(tenant.adminToken()).post(tenant.path("members/" + sales.id() + "/disable")).then().statusCode(200)
                .body("status", equalTo("disabled"));
        api.as(sales.token()).get(tenant.path("ping")).then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:not-a-member"));
        api.as(tenant.adminToken()).get(tenant.path("members/" + sales.id())).then().statusCode(200)
                .body("email", equalTo(sales.email()));

        api.as(tenant.adminToken()).body(Map.of("role", "distributor")).put(tenant.path("members/" + sales.id() + "/role"))
                .then().statusCode(200).body("role", equalTo("distributor"));
        api.as(tenant.adminToken()).post(tenant.path("members/" + sales.id() + "/enable")).then().statusCode(200);
        api.as(sales.token()).get(tenant.path("ping")).then().statusCode(200).body("role", equalTo("distributor"));

        String adminId = api.as(tenant.adminToken()).get(tenant.path("members/me")).then().extract().path("member.id");
        api.as(tenant.adminToken()).post(tenant.path("members/" + adminId + "/disable")).then().statusCode(409)
                .body("detail", containsString("yourself"));
        api.as(tenant.adminToken()).body(Map.of("email", sales.email(), "firstName", "S", "lastName", "T", "role", "sales"))
                .post(tenant.path("members")).then().statusCode(409);
    }
}
