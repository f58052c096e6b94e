package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.junit.jupiter.api.Test;

/** The admin's pages in the console: catalog, locations, settings, sharing links and members. */
class AdminBrowserIT extends BrowserTest {

    private static final String[] PAGES = {"Catalog", "Locations", "Settings", "Sharing links", "Members"};

    @Test
    void anAdminKeepsTheCatalogLocationsSettingsSharingLinksAndMembers() {
        Api.Tenant tenant = api.newTenant("console", "inventory");
        TenantFixtures f = new TenantFixtures(api, tenant);
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        TenantFixtures.Member dist = f.member("distributor");
        TenantFixtures.Member rep = f.member("sales");
        String distName = nameOf(f, dist.id());
        String repName = nameOf(f, rep.id());

        Page page = signIn(desktop(), "t/" + tenant.id() + "/admin/catalog", Api.adminEmail(tenant.id()), Api.PASSWORD);
        assertThat(heading(page, "Catalog")).isVisible();
        String line = "Spine " + suffix;
        page.getByLabel("Product line name").fill(line);
        page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true)).fill("Pedicle screws");
        button(page, "Add the product line").click();
        assertThat(table(page, "Product lines")).containsText(line);

        String catalogNumber = "SP-" + suffix;
        choose(page, "Product line", line);
        page.getByLabel("Catalog number").fill(catalogNumber);
        page.getByLabel("Item description").fill("Pedicle screw 6.5 x 45");
        choose(page, "Tracking", "lot (per batch)");
        page.getByLabel("List price").fill("120.50");
        refusedAtField(page, "GTIN", "12345", "", "Add the item", "must have 8, 12, 13 or 14 digits");
        button(page, "Add the item").click();
        Locator item = table(page, "Items").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(catalogNumber));
        assertThat(item).containsText("lot");
        assertThat(item).containsText("120.5");
        assertThat(item).containsText(line);

        button(page, "Edit " + catalogNumber).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByLabel("Tracking")).isDisabled(); // fixed when the item was added
        dialog.getByLabel("List price").fill("99");
        dialog.getByLabel("Active (orderable)").uncheck();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the item")).click();
        assertThat(dialog).hasCount(0);
        assertThat(item).containsText("99");
        assertThat(item).containsText("retired");
        shot(page, "admin-catalog-desktop");
        api.as(f.admin()).queryParam("limit", 200).get(tenant.path("inventory/items")).then().statusCode(200)
                .body("items.find { it.catalogNumber == '" + catalogNumber + "' }.active", org.hamcrest.Matchers.equalTo(false));

        go(page, "Locations");
        String depot = "Lyon depot " + suffix;
        page.getByLabel("Location name").fill(depot);
        choose(page, "Kind", "office");
        page.getByLabel("City", new Page.GetByLabelOptions().setExact(true)).fill("Lyon");
        refusedAtField(page, "Country (two letters)", "France", "fr", "Add the location", "two-letter country code");
        button(page, "Add the location").click();
        Locator place = table(page, "Locations").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(depot));
        assertThat(place).containsText("Lyon, FR");
        assertThat(place).containsText("office");
        button(page, "Edit " + depot).click();
        page.getByRole(AriaRole.DIALOG).getByLabel("Active (receives transfers)").uncheck();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the location")).click();
        assertThat(place).containsText("retired");
        shot(page, "admin-locations-desktop");

        go(page, "Settings");
        String displayName = api.as(f.admin()).get(tenant.path("settings")).then().statusCode(200).extract().path("displayName");
        assertThat(page.getByLabel("Tenant name")).hasValue(displayName);
        // The refusal names the currency by its type only; the page shows it at the field all the same.
        refusedAtField(page, "Currency", "XXY", "EUR", "Save the settings", "is not an ISO 4217 currency code");
        page.getByLabel("Time zone").fill("Europe/Berlin");
        button(page, "Save the settings").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Europe/Berlin");
        shot(page, "admin-settings-desktop");
        api.as(f.admin()).get(tenant.path("settings")).then().statusCode(200)
                .body("currency", org.hamcrest.Matchers.equalTo("EUR")).body("timeZone", org.hamcrest.Matchers.equalTo("Europe/Berlin"));

        go(page, "Sharing links");
        choose(page, "Distributor", distName);
        choose(page, "Sales rep", repName);
        button(page, "Link them").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(distName + " and " + repName + " now share their stock");
        assertThat(table(page, "Sharing links")).containsText(repName);
        shot(page, "admin-sharing-links-desktop");
        button(page, "Remove the link " + distName + " – " + repName).click();
        assertThat(table(page, "Sharing links")).not().containsText(repName);
        page.getByLabel("Show removed links").check();
        assertThat(table(page, "Sharing links")).containsText("removed");

        go(page, "Members");
        choose(page, "Role of " + repName, "distributor");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Role of " + repName))).hasValue("distributor");
        button(page, "Disable " + repName).click();
        Locator member = table(page, "Members").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(repName));
        assertThat(member).containsText("disabled");
        button(page, "Enable " + repName).click();
        assertThat(member).containsText("active");
        String custodian = "North depot " + suffix;
        page.getByLabel("Distributor name").fill(custodian);
        button(page, "Add the distributor").click();
        assertThat(table(page, "Members").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(custodian)))
                .containsText("custodian only");
        shot(page, "admin-members-desktop");
        api.as(f.admin()).get(tenant.path("members/" + rep.id())).then().statusCode(200)
                .body("role", org.hamcrest.Matchers.equalTo("distributor")).body("status", org.hamcrest.Matchers.equalTo("active"));

        Page phone = signIn(phone(), "t/" + tenant.id() + "/admin/catalog", Api.adminEmail(tenant.id()), Api.PASSWORD);
        assertThat(table(phone, "Items")).containsText(catalogNumber);
        shot(phone, "admin-catalog-phone");
        for (String name : PAGES) {
            go(phone, name);
            shot(phone, "admin-" + name.toLowerCase().replace(' ', '-') + "-phone");
        }
        assertThat(table(phone, "Members")).containsText(custodian);
        assertThat(button(phone, "Add the distributor").boundingBox().height).isGreaterThanOrEqualTo(44);
    }

    /** Submits a value the server refuses, finds the refusal at that field (no alert above the form), types a good one. */
    private static void refusedAtField(Page page, String label, String bad, String good, String submit, String message) {
        page.getByLabel(label).fill(bad);
        button(page, submit).click();
        assertThat(page.getByLabel(label)).hasAccessibleDescription(Pattern.compile(message)); // Playwright runs it as a JavaScript regex (no \Q..\E)
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        page.getByLabel(label).fill(good);
    }

    private String nameOf(TenantFixtures f, String memberId) {
        return api.as(f.admin()).get(f.tenant.path("members/" + memberId)).then().statusCode(200).extract().path("displayName");
    }

    /** Opens a page from the navigation (behind the menu on a phone) and waits for its heading. */
    private static void go(Page page, String name) {
        openMenu(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        assertThat(heading(page, name)).isVisible();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(2));
    }

    private static Locator table(Page page, String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
