package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.purchasing.PurchasingFixtures;
import org.junit.jupiter.api.Test;

/** Purchasing setup in the console: vendors, templates, recipients and overrides, kits, settings and reason codes. */
class PurchasingAdminBrowserIT extends BrowserTest {

    @Test
    void anAdminSetsUpPurchasingOnADesktopAndFindsItOnAPhone() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events", "purchasing");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String gloves = fx.countedItem(fx.productLine("Office supplies"));
        String catalogNumber = api.as(fx.admin()).get(fx.path("items/" + gloves)).then().statusCode(200).extract().path("catalogNumber");
        TenantFixtures.Member rep = fx.member("sales");
        String repName = api.as(fx.admin()).get(tenant.path("members/" + rep.id())).then().statusCode(200).extract().path("displayName");

        Page page = signIn(desktop(), "t/" + tenant.id() + "/purchasing", Api.adminEmail(tenant.id()), Api.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Purchasing setup")).click();
        assertThat(tab(page, "Vendors")).hasAttribute("aria-selected", "true");
        assertThat(page.getByText("No vendors yet.")).isVisible();

        // A vendor: a refusal is shown next to the field it names, then the vendor and an item it supplies
        page.getByLabel("Vendor name").fill("Northwind Surgical");
        page.getByLabel("Ordering e-mail").fill("not an address");
        button(page, "Add the vendor").click();
        assertThat(page.getByLabel("Ordering e-mail")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByText("Invalid request: must be a well-formed email address")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        page.getByLabel("Ordering e-mail").fill("orders@northwind.test");
        button(page, "Add the vendor").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Northwind Surgical"))).isVisible();
        assertThat(page.getByText("Nothing yet: add an item below.")).isVisible();
        choose(page, "Supplied item", catalogNumber);
        page.getByLabel("Vendor part number").fill("NW-GL-100");
        page.getByLabel("Unit cost").fill("4.75");
        page.getByLabel("Lead time (days)").fill("3");
        page.getByLabel("Preferred vendor of this item").check();
        button(page, "Save the item").click();
        Locator supplied = table(page, "Items supplied");
        assertThat(supplied).containsText("NW-GL-100");
        assertThat(supplied).containsText(catalogNumber);
        assertThat(supplied).containsText("preferred vendor");
        shot(page, "desktop-purchasing-setup-vendor");

        // A template with a line; levels the server refuses are explained above the form
        tab(page, "Templates").click();
        page.getByLabel("Template name").fill("Rep bag");
        button(page, "Add the template").click();
        assertThat(page.getByText("No items yet: add one below.")).isVisible();
        choose(page, "Item", catalogNumber);
        page.getByLabel("Minimum level").fill("30");
        page.getByLabel("Base level").fill("20");
        button(page, "Save the line").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("min 30, base 20");
        page.getByLabel("Minimum level").fill("5");
        button(page, "Save the line").click();
        Locator lines = table(page, "Template lines");
        assertThat(lines).containsText(catalogNumber);
        assertThat(lines).containsText("the item's preferred");
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);

        // The rep becomes a recipient of the template, with its own levels for the gloves
        tab(page, "Recipients").click();
        assertThat(page.getByText("No inventory recipients yet.")).isVisible();
        choose(page, "Member or location", repName);
        choose(page, "Inventory template", "Rep bag");
        button(page, "Make a recipient").click();
        Locator recipients = table(page, "Inventory recipients");
        assertThat(recipients).containsText("Rep bag");
        recipients.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(repName)).click();
        assertThat(page.getByText("No overrides: every item follows the template.")).isVisible();
        choose(page, "Item", catalogNumber);
        page.getByLabel("Minimum level").fill("2");
        page.getByLabel("Base level").fill("8");
        button(page, "Save the override").click();
        String[] override = {catalogNumber, "the template's", "2", "8"};
        assertThat(overrideCells(page, catalogNumber)).containsText(override);
        shot(page, "desktop-purchasing-setup-recipient");
        // Saved, not only shown: after a reload the page lists it again from the server
        page.reload();
        assertThat(overrideCells(page, catalogNumber)).containsText(override);
        assertThat(page.getByText("No overrides: every item follows the template.")).hasCount(0);
        assertThat(fx.line(rep.id(), gloves)).containsEntry("min", 2).containsEntry("base", 8);

        // A kit of four boxes, two kits assigned to the rep: eight boxes arrive in the rep's stock
        tab(page, "Kits").click();
        page.getByLabel("Kit name").fill("Starter bag");
        button(page, "Add the kit").click();
        assertThat(page.getByText("The kit is empty: add an item below.")).isVisible();
        choose(page, "Kit item", catalogNumber);
        page.getByLabel("Units per kit").fill("4");
        button(page, "Save the item").click();
        assertThat(table(page, "Kit items")).containsText(catalogNumber);
        choose(page, "Assign to", repName);
        page.getByLabel("Number of kits").fill("2");
        button(page, "Assign").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Assigned 2 kit(s) to " + repName);
        shot(page, "desktop-purchasing-setup-kit");
        assertThat(fx.onHand(rep.id(), gloves)).isEqualTo(8);

        // Settings and a reason code
        tab(page, "Settings").click();
        page.getByLabel(java.util.regex.Pattern.compile("^Expiry horizon")).fill("45");
        page.getByLabel("Recipients may request items (requisitions)").check();
        button(page, "Save the settings").click();
        assertThat(page.getByText("Settings saved.")).isVisible();
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("WET");
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("Water damage in transit");
        button(page, "Add the reason code").click();
        assertThat(table(page, "Reason codes")).containsText("Water damage in transit");
        shot(page, "desktop-purchasing-setup-settings");
        api.as(fx.admin()).get(fx.purchasing("settings")).then().statusCode(200)
                .body("expiryHorizonDays", org.hamcrest.Matchers.equalTo(45)).body("requisitionsEnabled", org.hamcrest.Matchers.equalTo(true));

        // On a phone the admin finds the same setup through the menu
        Page phone = signIn(phone(), "t/" + tenant.id() + "/inventory", Api.adminEmail(tenant.id()), Api.PASSWORD);
        openMenu(phone);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Purchasing setup")).click();
        assertThat(table(phone, "Vendors")).containsText("Northwind Surgical");
        assertThat(table(phone, "Vendors")).containsText("active");
        shot(phone, "phone-purchasing-setup-vendors");
        tab(phone, "Kits").click();
        table(phone, "Kits").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Starter bag")).click();
        assertThat(table(phone, "Kit items")).containsText("4");
        shot(phone, "phone-purchasing-setup-kit");
        tab(phone, "Settings").click();
        assertThat(table(phone, "Reason codes")).containsText("WET");
        assertThat(phone.getByLabel(java.util.regex.Pattern.compile("^Expiry horizon"))).hasValue("45");
        shot(phone, "phone-purchasing-setup-settings");
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The cells of the recipient's override of that item: item, vendor, minimum, base. */
    private static Locator overrideCells(Page page, String catalogNumber) {
        return table(page, "Overrides").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(catalogNumber))
                .getByRole(AriaRole.CELL);
    }

    private static Locator table(Page page, String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name));
    }
}
