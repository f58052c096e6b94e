package org.consigna.server.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * A recipient's overrides are listed as saved (by item id, each named from the catalog), a change shows at once;
 * only the tenant's admins see them, and an unknown recipient is the same 404 as when setting one.
 */
class RecipientOverridesIT extends IntegrationTest {

    @Test
    void anAdminListsARecipientsOverridesAsSavedAndChanged() {
        PurchasingFixtures fx = new PurchasingFixtures(api, api.newTenant("purov"));
        String line = fx.productLine("Office supplies");
        Map<String, Object> gloves = fx.item(line, "none");
        Map<String, Object> drapes = fx.item(line, "none");
        String office = fx.office("Front office");
        String acme = fx.vendor("Acme Medical", null);
        String template = fx.template("Standard office");
        fx.recipient(office, template);
        assertThat(overrides(fx, office)).isEmpty();

        override(fx, office, gloves, Map.of("min", 1, "base", 4)).statusCode(200)
                .body("catalogNumber", equalTo(gloves.get("catalogNumber"))).body("min", equalTo(1));
        override(fx, office, drapes, Map.of("vendorId", acme)).statusCode(200);
        assertThat(overrides(fx, office)).containsExactlyElementsOf(byItemId(
                expected(office, gloves, null, 1, 4), expected(office, drapes, acme, null, null)));

        override(fx, office, gloves, Map.of("vendorId", acme, "min", 2, "base", 6)).statusCode(200);
        assertThat(overrides(fx, office)).containsExactlyElementsOf(byItemId(
                expected(office, gloves, acme, 2, 6), expected(office, drapes, acme, null, null)));
    }

    @Test
    void onlyTheTenantsAdminsSeeThemAndAnUnknownRecipientIsNotFound() {
        Api.Tenant tenant = api.newTenant("purovref");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        PurchasingFixtures other = new PurchasingFixtures(api, api.newTenant("purovother"));
        Map<String, Object> gloves = fx.item(fx.productLine(), "none");
        Member rep = fx.member("sales");
        fx.recipient(rep.id(), fx.template("Rep bag"));
        override(fx, rep.id(), gloves, Map.of("min", 1, "base", 3)).statusCode(200);
        String path = fx.purchasing("recipients/" + rep.id() + "/overrides");

        // Not even the recipient themselves: setting up purchasing is the admins' (as for every recipient route)
        api.as(rep.token()).get(path).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:role-required"));
        api.as(other.admin()).get(path).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:not-a-member"));
        api.as(other.admin()).get(other.purchasing("recipients/" + rep.id() + "/overrides")).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:not-found"));

        // An unknown custodian, and a member who is no recipient: the 404 the PUT gives
        String unknown = UUID.randomUUID().toString();
        String notRecipient = fx.member("sales").id();
        for (String custodian : List.of(unknown, notRecipient)) {
            override(fx, custodian, gloves, Map.of("min", 1, "base", 3)).statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:consigna:problem:not-found"));
            api.as(fx.admin()).get(fx.purchasing("recipients/" + custodian + "/overrides")).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("urn:consigna:problem:not-found"))
                    .body("detail", equalTo("Recipient '" + custodian + "' does not exist"));
        }
        assertThat(overrides(fx, rep.id())).singleElement().satisfies(o -> assertThat(o).containsEntry("min", 1));
    }

    private List<Map<String, Object>> overrides(PurchasingFixtures fx, String custodianId) {
        List<Map<String, Object>> answer = api.as(fx.admin()).get(fx.purchasing("recipients/" + custodianId + "/overrides")).then()
                .statusCode(200).contentType("application/json").extract().path("$");
        return answer.stream().map(RecipientOverridesIT::withoutNulls).toList();
    }

    /** A field left empty is null or absent in JSON alike. */
    private static Map<String, Object> withoutNulls(Map<String, Object> o) {
        Map<String, Object> kept = new HashMap<>(o);
        kept.values().removeIf(Objects::isNull);
        return kept;
    }

    private io.restassured.response.ValidatableResponse override(PurchasingFixtures fx, String custodianId, Map<String, Object> item,
                                                                 Map<String, Object> body) {
        return api.as(fx.admin()).body(body).put(fx.purchasing("recipients/" + custodianId + "/overrides/" + item.get("id"))).then();
    }

    /** An override as the API answers it: the item named from the catalog, no vendor or levels where the template's apply. */
    private static Map<String, Object> expected(String custodianId, Map<String, Object> item, String vendorId, Integer min, Integer base) {
        Map<String, Object> o = new HashMap<>();
        o.put("custodianId", custodianId);
        o.put("itemId", item.get("id"));
        o.put("catalogNumber", item.get("catalogNumber"));
        o.put("description", item.get("description"));
        o.put("vendorId", vendorId);
        o.put("min", min);
        o.put("base", base);
        return withoutNulls(o);
    }

    @SafeVarargs
    private static List<Map<String, Object>> byItemId(Map<String, Object>... overrides) {
        // Lower-case hex in text order is PostgreSQL's uuid order (UUID.compareTo is signed, it is not)
        return Stream.of(overrides).sorted(Comparator.comparing(o -> (String) o.get("itemId"))).toList();
    }
}
