package org.consigna.server.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consigna.server.billing.PriceFixtures.price;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.consigna.server.IntegrationTest;
import org.consigna.server.Postgres;
import org.consigna.server.TenantFixtures.Member;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2: each price path (facility contract sheet, assigned price list, item list price) with its source shown,
 * rounded to the tenant's currency; price sheets replaced with history kept, a bad row refused with nothing changed;
 * a price list on two facilities and moved between them; another tenant's facility or item refused.
 */
class BillingPricesIT extends IntegrationTest {

    private static final String PROBLEM = "urn:consigna:problem:";

    @Test
    void eachPricePathShowsItsSourceRoundedToTheTenantsCurrency() {
        PriceFixtures fx = new PriceFixtures(api, api.newTenant("prices"));
        Member sam = fx.member("sales");
        Map<String, Object> contracted = fx.newItem();
        String listed = (String) fx.newItem().get("id");
        String catalogOnly = (String) fx.newItem().get("id");
        String mercy = fx.facility("Mercy");
        String list = fx.priceList("Hospitals 2026", List.of(price(contracted.get("id"), "110"),
                price(listed, "120.125")));
        fx.assign(list, mercy).statusCode(200).body("facilities[0].facilityName", equalTo("Mercy"));
        fx.upload(fx.admin(), mercy, "mercy.csv", "Catalog Number,Unit Price\n" + contracted.get("catalogNumber")
                + ",99.995\n").statusCode(201).body("lineCount", equalTo(1)).body("current", equalTo(true));

        String id = (String) contracted.get("id");
        fx.prices(sam.token(), mercy, id, listed, catalogOnly).statusCode(200)
                .body("facilityName", equalTo("Mercy")).body("currency", equalTo("USD"))
                .body("priceListName", equalTo("Hospitals 2026")).body("prices.size()", equalTo(3))
                .body(find(id, "unitPrice"), hasToString("100.00"))
                .body(find(id, "source"), equalTo("contract"))
                .body(find(id, "sourceName"), equalTo("contract price sheet mercy.csv"))
                .body(find(id, "catalogNumber"), equalTo(contracted.get("catalogNumber")))
                .body(find(listed, "unitPrice"), hasToString("120.13"))
                .body(find(listed, "source"), equalTo("price-list"))
                .body(find(listed, "sourceName"), equalTo("Hospitals 2026"))
                .body(find(catalogOnly, "unitPrice"), hasToString("125.50"))
                .body(find(catalogOnly, "source"), equalTo("list-price"));
        // without items named: those of the sheet and the list
        fx.prices(sam.token(), mercy).statusCode(200).body("prices.size()", equalTo(2))
                .body(find(listed, "source"), equalTo("price-list"));
        // another facility has neither sheet nor list: the list price
        String anne = fx.facility("St. Anne");
        fx.prices(sam.token(), anne, id).statusCode(200).body("priceListId", nullValue())
                .body(find(id, "source"), equalTo("list-price")).body(find(id, "unitPrice"), hasToString("125.50"));

        // the tenant's currency decides the scale: yen have no decimals
        api.as(fx.admin()).body(Map.of("displayName", "Prices", "timeZone", "UTC", "currency", "JPY"))
                .put(fx.tenant.path("settings")).then().statusCode(200);
        fx.prices(sam.token(), mercy, id, listed, catalogOnly).statusCode(200).body("currency", equalTo("JPY"))
                .body(find(id, "unitPrice"), hasToString("100"))
                .body(find(listed, "unitPrice"), hasToString("120"))
                .body(find(catalogOnly, "unitPrice"), hasToString("126"));

        // members read prices; only admins write them
        fx.upload(sam.token(), mercy, "x.csv", "itemId,unitPrice\n" + id + ",1\n").statusCode(403);
        api.as(sam.token()).body(Map.of("name", "Mine")).post(fx.billing("price-lists")).then().statusCode(403);
    }

    @Test
    void aNewSheetReplacesTheCurrentOneWhichStaysInHistoryAndABadRowChangesNothing() throws Exception {
        PriceFixtures fx = new PriceFixtures(api, api.newTenant("sheets"));
        Map<String, Object> screw = fx.newItem();
        Map<String, Object> rod = fx.newItem();
        String screwId = (String) screw.get("id");
        String rodId = (String) rod.get("id");
        String mercy = fx.facility("Mercy");
        String first = fx.upload(fx.admin(), mercy, "2025.csv", "catalogNumber,unitPrice\n" + screw.get("catalogNumber")
                + ",90\n" + rod.get("catalogNumber") + ",200\n").statusCode(201).extract().path("id");
        String second = fx.upload(fx.admin(), mercy, "2026.csv", "itemId,unitPrice\r\n" + rodId + ",180.5\r\n")
                .statusCode(201).body("lines[0].row", equalTo(2)).body("lines[0].catalogNumber", equalTo(rod.get("catalogNumber")))
                .extract().path("id");

        fx.prices(fx.admin(), mercy, screwId, rodId).statusCode(200).body("priceSheetId", equalTo(second))
                .body(find(screwId, "source"), equalTo("list-price"))
                .body(find(rodId, "source"), equalTo("contract")).body(find(rodId, "unitPrice"), hasToString("180.50"));
        String sheets = fx.billing("facilities/" + mercy + "/price-sheets");
        api.as(fx.admin()).get(sheets).then().statusCode(200).body("items.id", equalTo(List.of(second, first)))
                .body("items.current", equalTo(List.of(true, false))).body("items[1].replacedBy", equalTo(second))
                .body("items[1].fileName", equalTo("2025.csv"));
        api.as(fx.admin()).get(sheets + "/" + first).then().statusCode(200).body("lines.size()", equalTo(2))
                .body("current", equalTo(false));

        // an unknown catalog number on row 3 and a negative price on row 4: refused, nothing changed
        fx.upload(fx.admin(), mercy, "bad.csv", "catalogNumber,unitPrice\n" + screw.get("catalogNumber") + ",80\n"
                        + "NO-SUCH,5\n" + rod.get("catalogNumber") + ",-1\n").statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEM + "invalid-price-sheet")).body("row", equalTo(3))
                .body("column", equalTo("catalogNumber")).body("detail", startsWith("Row 3, column catalogNumber:"))
                .body("errors.row", equalTo(List.of(3, 4))).body("errors[1].column", equalTo("unitPrice"));
        fx.upload(fx.admin(), mercy, "bad.csv", "sku,price\nX,1\n").statusCode(422).body("row", equalTo(1));
        api.as(fx.admin()).get(sheets).then().statusCode(200).body("items.id", equalTo(List.of(second, first)));
        fx.prices(fx.admin(), mercy, screwId, rodId).statusCode(200).body("priceSheetId", equalTo(second))
                .body(find(screwId, "source"), equalTo("list-price")).body(find(rodId, "unitPrice"), hasToString("180.50"));

        // the database keeps the history too: sheet lines are never changed, sheets never deleted
        String schema = "t_" + fx.tenant.id().replace('-', '_');
        try (Connection c = Postgres.connect()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("UPDATE " + schema
                    + ".billing_price_sheet_line SET unit_price = 0")).hasMessageContaining("kept as history");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM " + schema + ".billing_price_sheet"))
                    .hasMessageContaining("kept as history");
        }
    }

    @Test
    void aPriceListServesTwoFacilitiesAndMovingOrUnassigningKeepsItsHistory() throws Exception {
        PriceFixtures fx = new PriceFixtures(api, api.newTenant("lists"));
        String item = (String) fx.newItem().get("id");
        String mercy = fx.facility("Mercy");
        String anne = fx.facility("St. Anne");
        String hospitals = fx.priceList("Hospitals", List.of(price(item, "100")));
        String clinics = fx.priceList("Clinics", List.of(price(item, "90.5")));
        fx.assign(hospitals, mercy, anne).statusCode(200).body("facilities.size()", equalTo(2));
        for (String facility : List.of(mercy, anne)) {
            fx.prices(fx.admin(), facility, item).statusCode(200).body("priceListName", equalTo("Hospitals"))
                    .body(find(item, "source"), equalTo("price-list")).body(find(item, "unitPrice"), hasToString("100.00"));
        }
        api.as(fx.admin()).body(Map.of("prices", List.of(price(item, "101.25"))))
                .put(fx.billing("price-lists/" + hospitals + "/prices")).then().statusCode(200).body("prices[0].unitPrice", equalTo(101.25f));
        fx.prices(fx.admin(), mercy, item).body(find(item, "unitPrice"), hasToString("101.25"));
        String schema = "t_" + fx.tenant.id().replace('-', '_');
        try (Connection c = Postgres.connect()) {
            assertThat(c.createStatement().executeQuery("SELECT 1 FROM " + schema + ".billing_price_list_item WHERE"
                    + " price_list_id = '" + hospitals + "' AND unit_price = 100 AND replaced_at IS NOT NULL").next())
                    .as("the replaced price is kept").isTrue();
        }

        // St. Anne moves to the clinics list; Mercy leaves the hospitals list: both kept in its history
        fx.assign(clinics, anne).statusCode(200).body("facilities.facilityId", equalTo(List.of(anne)));
        fx.prices(fx.admin(), anne, item).body("priceListName", equalTo("Clinics")).body(find(item, "unitPrice"),
                hasToString("90.50"));
        api.as(fx.admin()).delete(fx.billing("price-lists/" + hospitals + "/facilities/" + mercy)).then().statusCode(200)
                .body("facilities.size()", equalTo(0)).body("assignments.size()", equalTo(2));
        api.as(fx.admin()).delete(fx.billing("price-lists/" + hospitals + "/facilities/" + mercy)).then().statusCode(409);
        fx.prices(fx.admin(), mercy, item).body("priceListId", nullValue()).body(find(item, "source"), equalTo("list-price"));
        Map<String, Object> shown = api.as(fx.admin()).get(fx.billing("price-lists/" + hospitals)).then().statusCode(200)
                .extract().as(Map.class);
        assertThat((List<Map<String, Object>>) shown.get("assignments")).allSatisfy(a -> assertThat(a.get("endedAt")).isNotNull());
        api.as(fx.admin()).queryParam("limit", 1).get(fx.billing("price-lists")).then().statusCode(200)
                .body("items.name", equalTo(List.of("Clinics"))).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        api.as(fx.admin()).body(Map.of("name", "clinics")).post(fx.billing("price-lists")).then().statusCode(409);

        // another tenant's facility and item are unknown here; a negative price is refused
        PriceFixtures other = new PriceFixtures(api, api.newTenant("other"));
        String theirs = other.facility("Elsewhere");
        String theirItem = (String) other.newItem().get("id");
        fx.assign(hospitals, mercy, theirs).statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEM + "unknown-reference")).body("field", equalTo("facilityIds[1]"));
        fx.prices(fx.admin(), mercy, item).body("priceListId", nullValue());
        fx.prices(fx.admin(), theirs, item).statusCode(404);
        fx.upload(fx.admin(), theirs, "x.csv", "itemId,unitPrice\n" + item + ",1\n").statusCode(404);
        api.as(fx.admin()).body(Map.of("prices", List.of(price(theirItem, "1"))))
                .put(fx.billing("price-lists/" + hospitals + "/prices")).then().statusCode(422)
                .body("type", equalTo(PROBLEM + "unknown-reference")).body("field", equalTo("prices[0].itemId"));
        api.as(fx.admin()).body(Map.of("prices", List.of(price(item, "-0.01"))))
                .put(fx.billing("price-lists/" + hospitals + "/prices")).then().statusCode(422)
                .body("type", equalTo(PROBLEM + "invalid-price")).body("field", equalTo("prices[0].unitPrice"));
        fx.prices(fx.admin(), anne, item).body(find(item, "unitPrice"), hasToString("90.50"));
        api.as(fx.admin()).get(fx.billing("price-lists/" + hospitals)).then().body("prices[0].unitPrice", equalTo(101.25f));
    }

    /** The JSON path of a field of one item's price in a facility's prices. */
    private static String find(String itemId, String field) {
        return "prices.find { it.itemId == '" + itemId + "' }." + field;
    }
}
