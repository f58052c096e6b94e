package org.consigna.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Onboarding tenants: schemas, module migrations, conflicts, failures and retries, lifecycle. */
class TenantProvisioningIT extends IntegrationTest {

    @Test
    void createsTheSchemaWithEveryEnabledModulesTables() {
        String id = Api.newTenantId("acme");
        api.createTenant(id).statusCode(201)
                .header("Location", containsString("/api/platform/tenants/" + id))
                .body("status", equalTo("active"))
                .body("schema", equalTo("t_" + id.replace('-', '_')))
                .body("modules.id", hasItem("probe"))
                .body("modules.find { it.id == 'probe' }.version", equalTo("0.1-probe-fault"));

        String schema = "t_" + id.replace('-', '_');
        assertThat(Postgres.exists("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = 'probe_note'")).isTrue();
        assertThat(Postgres.exists("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = 'databasechangelog_probe'")).as("the module's own tracking table").isTrue();

        api.request().get("platform/tenants/" + id).then().statusCode(200).body("status", equalTo("active"));
        assertThat(Api.<String>everyPage(api::request, "platform/tenants", 200, "items.id")).contains(id);
        String admin = Api.tokenOf(Api.adminEmail(id), "openid organization");
        api.as(admin).body(Map.of("text", "hello")).put("t/" + id + "/probe/notes/1").then().statusCode(200);
        api.as(admin).get("t/" + id + "/probe/notes/1").then().statusCode(200).body("text", equalTo("hello"));
        api.request().get("t/" + id + "/probe/notes/1").then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:not-a-member"));
    }

    @Test
    void creatingAnExistingTenantIsAConflictAndChangesNothing() {
        String id = Api.newTenantId("dup");
        api.createTenant(id).statusCode(201);
        api.request().body(Map.of("id", id, "displayName", "Another name")).post("platform/tenants").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:tenant-exists"))
                .body("detail", containsString(id));
        api.request().get("platform/tenants/" + id).then().body("displayName", equalTo("Tenant " + id));
    }

    @Test
    void aBadSlugIsAValidationError() {
        for (String bad : List.of("A-Upper", "x", "-dash-first", "has space", "under_score", "double--dash")) {
            api.request().body(Map.of("id", bad, "displayName", "Bad slug")).post("platform/tenants").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:consigna:problem:validation")).body("errors.field", hasItem("id"));
        }
        api.request().body(Map.of("displayName", "No id")).post("platform/tenants").then().statusCode(400)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void aFailedProvisioningLeavesTheTenantFailedUnservedAndRetryFinishesIt() {
        String id = Api.newTenantId("fail");
        String schema = "t_" + id.replace('-', '_');
        Postgres.execute("INSERT INTO platform.probe_fault (schema_name) VALUES ('" + schema + "')");

        api.createTenant(id).statusCode(500).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:provisioning-failed"))
                .body("detail", containsString("probe module was told to fail"));
        api.request().get("platform/tenants/" + id).then().body("status", equalTo("failed"))
                .body("statusDetail", containsString("probe"));
        // Nobody is a member of a tenant whose first admin was never made; a non-member learns nothing of its state.
        api.request().get("t/" + id + "/probe/notes").then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:not-a-member"));

        Postgres.execute("DELETE FROM platform.probe_fault WHERE schema_name = '" + schema + "'");
        api.request().post("platform/tenants/" + id + "/retry").then().statusCode(200).body("status", equalTo("active"));
        api.as(Api.tokenOf(Api.adminEmail(id), "openid organization")).get("t/" + id + "/probe/notes").then().statusCode(200);
        api.request().post("platform/tenants/" + id + "/retry").then().statusCode(409)
                .body("type", equalTo("urn:consigna:problem:tenant-status"));
    }

    @Test
    void suspendedTenantsAreRefusedUntilResumed() {
        String id = Api.newTenantId("susp");
        api.createTenant(id).statusCode(201);
        String admin = Api.tokenOf(Api.adminEmail(id), "openid organization");
        api.request().body(Map.of("reason", "unpaid")).post("platform/tenants/" + id + "/suspend").then()
                .statusCode(200).body("status", equalTo("suspended"));
        api.as(admin).get("t/" + id + "/probe/notes").then().statusCode(403)
                .body("type", equalTo("urn:consigna:problem:tenant-suspended"));
        api.request().body(Map.of("reason", "again")).post("platform/tenants/" + id + "/suspend").then().statusCode(409);
        api.request().body(Map.of()).post("platform/tenants/" + id + "/suspend").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        api.request().post("platform/tenants/" + id + "/resume").then().statusCode(200).body("status", equalTo("active"));
        api.as(admin).get("t/" + id + "/probe/notes").then().statusCode(200);
    }

    @Test
    void aModuleCanBeEnabledLaterAndIsMigratedThen() {
        String id = Api.newTenantId("later");
        api.createTenant(id, "inventory").statusCode(201).body("modules.id", hasItems("inventory"));
        String admin = Api.tokenOf(Api.adminEmail(id), "openid organization");
        api.as(admin).get("t/" + id + "/probe/notes").then().statusCode(404)
                .body("type", equalTo("urn:consigna:problem:module-not-enabled"));

        api.request().body(Map.of("modules", List.of("probe"))).post("platform/tenants/" + id + "/modules").then()
                .statusCode(200).body("modules.id", hasItems("inventory", "probe"));
        api.as(admin).get("t/" + id + "/probe/notes").then().statusCode(200);
        api.request().body(Map.of("modules", List.of("nope"))).post("platform/tenants/" + id + "/modules").then()
                .statusCode(404).body("type", equalTo("urn:consigna:problem:module-not-found"));
    }

    @Test
    void theTenantAdminReadsAndChangesTheTenantsSettings() {
        Api.Tenant tenant = api.newTenant("settings");
        api.as(tenant.adminToken()).get(tenant.path("settings")).then().statusCode(200)
                .body("timeZone", equalTo("UTC")).body("currency", equalTo("USD"));
        api.as(tenant.adminToken()).body(Map.of("displayName", "Acme Devices", "timeZone", "Europe/Berlin", "currency", "EUR"))
                .put(tenant.path("settings")).then().statusCode(200).body("currency", equalTo("EUR"));
        api.as(tenant.adminToken()).get(tenant.path("settings")).then()
                .body("displayName", equalTo("Acme Devices")).body("timeZone", equalTo("Europe/Berlin"));
        api.request().get("platform/tenants/" + tenant.id()).then().body("displayName", equalTo("Acme Devices"));

        api.as(tenant.adminToken()).body(Map.of("displayName", "x", "timeZone", "Mars/Olympus", "currency", "EUR"))
                .put(tenant.path("settings")).then().statusCode(400)
                .body("type", equalTo("urn:consigna:problem:invalid-time-zone"));
        api.as(tenant.adminToken()).body(Map.of("displayName", "x", "timeZone", "UTC", "currency", "XYZ"))
                .put(tenant.path("settings")).then().statusCode(400)
                .body("type", equalTo("urn:consigna:problem:invalid-currency"));
        api.as(tenant.adminToken()).get(tenant.path("settings")).then().body("currency", equalTo("EUR"));
    }

    @Test
    void operatorsListTheDiscoveredModulesInDependencyOrder() {
        List<String> ids = api.request().get("platform/modules").then().statusCode(200)
                .body("find { it.id == 'probe' }.implementation", startsWith("org.consigna.probe"))
                .body("find { it.id == 'probe' }.dependsOn", hasItem("tenant-config"))
                .extract().jsonPath().getList("id");
        assertThat(ids).contains("tenant-config", "probe");
        assertThat(ids.indexOf("tenant-config")).isLessThan(ids.indexOf("probe"));
    }
}
