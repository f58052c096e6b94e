package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.facilitystock.FacilityStockFixtures;
import org.junit.jupiter.api.Test;

/** Facility stock in the console: stock per facility, par levels, the dashboard. */
class FacilityStockBrowserIT extends BrowserTest {

    @Test
    void anAdminSeesAFacilitysStockSetsAParLevelAndSeesTheDashboard() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events", "facility-stock");
        FacilityStockFixtures f = new FacilityStockFixtures(api, tenant);
        String facility = "Riverside " + UUID.randomUUID().toString().substring(0, 4);
        String facilityId = f.facility(facility);
        TenantFixtures.Member rep = f.member("sales");
        String itemId = f.item(f.productLine(), true);
        f.sell(rep.token(), rep.id(), facilityId, List.of(f.device(rep.id(), itemId), f.device(rep.id(), itemId)));
        String catalogNumber = (String) api.as(f.admin()).get(tenant.path("inventory/items/" + itemId)).then().statusCode(200)
                .extract().path("catalogNumber");

        Page page = signIn(desktop(), "t/" + tenant.id() + "/facility-stock", Api.adminEmail(tenant.id()), Api.PASSWORD);
        var stock = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Facility stock"));
        assertThat(stock).containsText(catalogNumber);
        assertThat(stock.getByRole(AriaRole.ROW).nth(1)).containsText("2");
        page.getByLabel("Par for " + catalogNumber).fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set").setExact(true)).click();
        assertThat(stock.getByText("below par")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Sold and consumed units per group"))
                .locator("svg")).isVisible();
        shot(page, "desktop-facility-stock");
        api.as(f.admin()).get(f.path("facilities/" + facilityId + "/par-levels")).then().statusCode(200)
                .body("items[0].par", org.hamcrest.Matchers.equalTo(5));

        Page phone = signIn(phone(), "t/" + tenant.id() + "/facility-stock", rep.email(), Api.PASSWORD);
        assertThat(phone.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Facility stock"))).containsText("below par");
        assertThat(phone.getByText("Sold vs consumed")).hasCount(0); // the dashboard is for admins
        shot(phone, "phone-facility-stock");
    }
}
