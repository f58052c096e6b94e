package org.consigna.server.purchasing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consigna.server.Api;
import org.consigna.server.inventory.InventoryFixtures;

/** The purchasing layer of fixtures, through the public API: vendors, templates, recipients, replenishment, orders. */
public class PurchasingFixtures extends InventoryFixtures {

    public PurchasingFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
    }

    /** A path under the module's resources: {@code t/{tenant}/purchasing/...}. */
    public String purchasing(String rest) {
        return tenant.path("purchasing/" + rest);
    }

    public String office(String name) {
        return api.as(admin()).body(Map.of("name", name, "kind", "office",
                        "address", Map.of("line1", "2 Main Street", "city", "Memphis", "country", "US")))
                .post(path("locations")).then().statusCode(201).extract().path("id");
    }

    /** An untracked (counted) item; its id. */
    public String countedItem(String lineId) {
        return (String) item(lineId, "none").get("id");
    }

    public String vendor(String name, String connector) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "email", "orders@" + name.toLowerCase().replace(' ', '-') + ".test"));
        if (connector != null) {
            body.put("connector", connector);
        }
        return api.as(admin()).body(body).post(purchasing("vendors")).then().statusCode(201).extract().path("id");
    }

    public void supplies(String vendorId, String itemId, String partNumber, double cost, boolean preferred) {
        api.as(admin()).body(Map.of("partNumber", partNumber, "unitCost", cost, "leadTimeDays", 5, "preferred", preferred))
                .put(purchasing("vendors/" + vendorId + "/items/" + itemId)).then().statusCode(200);
    }

    public String template(String name) {
        return api.as(admin()).body(Map.of("name", name)).post(purchasing("templates")).then().statusCode(201).extract().path("id");
    }

    public void templateLine(String templateId, String itemId, String vendorId, int min, int base) {
        Map<String, Object> body = new HashMap<>(Map.of("min", min, "base", base));
        if (vendorId != null) {
            body.put("vendorId", vendorId);
        }
        api.as(admin()).body(body).put(purchasing("templates/" + templateId + "/lines/" + itemId)).then().statusCode(200);
    }

    public void recipient(String custodianId, String templateId) {
        api.as(admin()).body(Map.of("templateId", templateId, "autoReplenish", false))
                .put(purchasing("recipients/" + custodianId)).then().statusCode(200);
    }

    /** Every replenishment line (below the minimum or not). */
    public List<Map<String, Object>> replenishment() {
        return api.as(admin()).queryParam("all", true).get(purchasing("replenishment")).then().statusCode(200)
                .extract().path("lines");
    }

    public Map<String, Object> line(String recipientId, String itemId) {
        return replenishment().stream().filter(l -> recipientId.equals(l.get("recipientId")) && itemId.equals(l.get("itemId")))
                .findFirst().orElseThrow(() -> new AssertionError("no replenishment line for " + recipientId + " / " + itemId));
    }

    public io.restassured.response.ValidatableResponse order(String token, String recipientId, String... itemIds) {
        List<Map<String, Object>> lines = java.util.Arrays.stream(itemIds)
                .map(i -> Map.<String, Object>of("recipientId", recipientId, "itemId", i)).toList();
        return api.as(token).body(Map.of("lines", lines)).post(purchasing("replenishment/orders")).then();
    }

    /**
     * An open purchase order from a new vendor of that name (its address orders@name.test) for an office recipient
     * below its minimum of the item; the order's id.
     */
    public String openOrder(String vendorName, String itemId, String partNumber) {
        String office = office(vendorName + " desk");
        String vendor = vendor(vendorName, null);
        supplies(vendor, itemId, partNumber, 2.0, true);
        String template = template(vendorName + " desk");
        templateLine(template, itemId, null, 2, 6);
        recipient(office, template);
        return order(admin(), office, itemId).statusCode(201).extract().path("[0].id");
    }

    public Map<String, Object> purchaseOrder(String orderId) {
        return api.as(admin()).get(purchasing("purchase-orders/" + orderId)).then().statusCode(200).extract().as(Map.class);
    }
}
