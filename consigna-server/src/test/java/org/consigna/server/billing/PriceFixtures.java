package org.consigna.server.billing;

import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.events.EventFixtures;

/**
 * The prices layer of fixtures, through the public API: catalog items (list price 125.50), price lists, facility price
 * sheets, and reading a facility's effective prices. Facilities come from {@link EventFixtures}.
 */
public class PriceFixtures extends EventFixtures {

    private String productLine;

    public PriceFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
    }

    /** A path under the module's resources: {@code t/{tenant}/billing/...}. */
    public String billing(String rest) {
        return tenant.path("billing/" + rest);
    }

    /** A request whose JSON numbers read as BigDecimal, so prices are compared with their scale. */
    public RequestSpecification exact(String token) {
        return api.as(token).config(RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    /** A new catalog item (list price 125.50): its id and catalog number. */
    public Map<String, Object> newItem() {
        if (productLine == null) {
            productLine = productLine();
        }
        return inventory.item(productLine, "serial", true);
    }

    /** A price list created by the admin with these item prices ({itemId, unitPrice}); its id. */
    public String priceList(String name, List<Map<String, Object>> prices) {
        return api.as(admin()).body(Map.of("name", name, "prices", prices)).post(billing("price-lists")).then()
                .statusCode(201).extract().path("id");
    }

    public ValidatableResponse assign(String priceListId, String... facilityIds) {
        return api.as(admin()).body(Map.of("facilityIds", List.of(facilityIds)))
                .post(billing("price-lists/" + priceListId + "/facilities")).then();
    }

    /** Uploads a price sheet (CSV text) for the facility as {@code token}'s holder. */
    public ValidatableResponse upload(String token, String facilityId, String fileName, String csv) {
        return api.as(token).contentType("text/csv; charset=UTF-8").queryParam("fileName", fileName).body(csv)
                .post(billing("facilities/" + facilityId + "/price-sheets")).then();
    }

    /** The facility's effective prices of these items (all its sheet's and list's items when none). */
    public ValidatableResponse prices(String token, String facilityId, String... itemIds) {
        RequestSpecification request = exact(token);
        if (itemIds.length > 0) {
            request = request.queryParam("item", (Object[]) itemIds);
        }
        return request.get(billing("facilities/" + facilityId + "/prices")).then();
    }

    public static Map<String, Object> price(Object itemId, String unitPrice) {
        return Map.of("itemId", itemId, "unitPrice", new java.math.BigDecimal(unitPrice));
    }
}
