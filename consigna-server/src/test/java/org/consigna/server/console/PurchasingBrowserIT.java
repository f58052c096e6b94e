package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.purchasing.PurchasingFixtures;
import org.junit.jupiter.api.Test;

/** Purchasing in the console: replenishment, orders, counts, spillage, requisitions. */
class PurchasingBrowserIT extends BrowserTest {

    @Test
    void anAdminOrdersFromTheReplenishmentAndReceivesAndARepCountsOnAPhone() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events", "purchasing");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String gloves = fx.countedItem(fx.productLine("Office supplies"));
        TenantFixtures.Member rep = fx.member("sales");
        String acme = fx.vendor("Acme Medical", null);
        fx.supplies(acme, gloves, "AC-GL-100", 4.25, true);
        String standard = fx.template("Standard bag");
        fx.templateLine(standard, gloves, null, 5, 20);
        fx.recipient(rep.id(), standard);
        fx.receive(fx.admin(), rep.id(), gloves, List.of(Map.of("quantity", 3))).statusCode(201);
        Map<String, Object> need = fx.line(rep.id(), gloves);
        String catalogNumber = (String) need.get("catalogNumber");
        assertThat(need.get("suggested")).isEqualTo(17);

        Page page = signIn(desktop(), "t/" + tenant.id() + "/purchasing", Api.adminEmail(tenant.id()), Api.PASSWORD);
        var line = page.getByTestId("replenishment-line").filter(new Locator.FilterOptions().setHasText(catalogNumber));
        assertThat(line).containsText("order 17");
        assertThat(line).containsText("3 on hand");
        assertThat(line).containsText("minimum 5, base 20: below the minimum");
        assertThat(line).containsText("suggested 17 = 20 - (3 + 0 - 0 + 0 + 0)");
        assertThat(line).containsText("Acme Medical");
        shot(page, "desktop-purchasing-replenishment");
        line.getByRole(AriaRole.CHECKBOX).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save 1 purchase order")).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^PO \\d+$"))).first().click();
        var order = page.getByTestId("purchase-order");
        assertThat(order).containsText("Acme Medical");
        assertThat(order).containsText("0 of 17 received");
        page.getByLabel("Receive (line 1)").fill("17");
        order.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Receive").setExact(true)).click();
        assertThat(order).containsText("17 of 17 received");
        assertThat(order).containsText("received");
        shot(page, "desktop-purchasing-order-received");
        assertThat(fx.onHand(rep.id(), gloves)).isEqualTo(20);

        Page phone = signIn(phone(), "t/" + tenant.id() + "/purchasing", rep.email(), Api.PASSWORD);
        assertThat(phone.getByText("Replenishment")).hasCount(0); // replenishment and orders are for admins
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a count")).click();
        var count = phone.getByTestId("count");
        assertThat(count).containsText(catalogNumber);
        assertThat(count).containsText("Expected 20");
        phone.getByLabel("Counted " + catalogNumber).fill("18");
        phone.getByLabel("Counted " + catalogNumber).blur();
        assertThat(count).containsText("correction -2");
        shot(phone, "phone-purchasing-count");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the ticked lines")).click();
        assertThat(count).containsText("applied");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the ticked lines"))).hasCount(0);
        assertThat(fx.onHand(rep.id(), gloves)).isEqualTo(18);
    }

    @Test
    void anAdminRecordsSpillageWithAReasonLocksItAndConvertsItToAnRma() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events", "purchasing");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String gauze = fx.countedItem(fx.productLine("Office supplies"));
        TenantFixtures.Member rep = fx.member("sales");
        String acme = fx.vendor("Acme Medical", null);
        fx.supplies(acme, gauze, "AC-GZ-1", 2.5, true);
        String standard = fx.template("Standard bag");
        fx.templateLine(standard, gauze, null, 5, 20);
        fx.recipient(rep.id(), standard);
        fx.receive(fx.admin(), rep.id(), gauze, List.of(Map.of("quantity", 6))).statusCode(201);
        api.as(fx.admin()).body(Map.of("code", "DMG", "label", "Damaged packaging", "requiresReimbursement", true))
                .post(fx.purchasing("reason-codes")).then().statusCode(201);
        String catalogNumber = (String) fx.line(rep.id(), gauze).get("catalogNumber");
        String recipientName = api.as(fx.admin()).get(fx.purchasing("recipients")).then().statusCode(200)
                .extract().path("find { it.custodianId == '" + rep.id() + "' }.name");

        Page page = signIn(desktop(), "t/" + tenant.id() + "/purchasing", Api.adminEmail(tenant.id()), Api.PASSWORD);
        page.getByText("Spillage", new Page.GetByTextOptions().setExact(true)).click();
        choose(page, "Recipient", recipientName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a spillage report")).click();
        var report = page.getByTestId("spillage-report");
        assertThat(report).containsText("open");
        choose(page, "Spilled item", catalogNumber);
        page.getByLabel("Quantity spilled").fill("2");
        choose(page, "Reason", "DMG · Damaged packaging");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the line")).click();
        assertThat(report).containsText("× 2 — Damaged packaging");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock the report")).click();
        assertThat(report).containsText("locked");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Convert to RMAs")).click();
        assertThat(report).containsText("RMA ");
        assertThat(report).containsText("1 line(s)");
        shot(page, "desktop-purchasing-spillage");
        assertThat(fx.onHand(rep.id(), gauze)).isEqualTo(4);
    }

    @Test
    void aRepRequestsItemsOnAPhoneAndAnAdminOrdersThemInTwoParts() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events", "purchasing");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String masks = fx.countedItem(fx.productLine("Office supplies"));
        String catalogNumber = api.as(fx.admin()).get(fx.path("items/" + masks)).then().statusCode(200).extract().path("catalogNumber");
        TenantFixtures.Member rep = fx.member("sales");
        String acme = fx.vendor("Acme Medical", null);
        fx.supplies(acme, masks, "AC-MK-1", 0.5, true);
        fx.recipient(rep.id(), fx.template("Rep bag"));
        api.as(fx.admin()).body(Map.of("expiryHorizonDays", 30, "requisitionsEnabled", true)).put(fx.purchasing("settings"))
                .then().statusCode(200);

        Page phone = signIn(phone(), "t/" + tenant.id() + "/purchasing", rep.email(), Api.PASSWORD);
        phone.getByText("Requisitions", new Page.GetByTextOptions().setExact(true)).click();
        choose(phone, "Requested item", catalogNumber);
        phone.getByLabel("Quantity requested").fill("5");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request").setExact(true)).click();
        var requested = phone.getByTestId("requisition");
        assertThat(requested).containsText("open");
        assertThat(requested).containsText("0 of 5 ordered");
        shot(phone, "phone-purchasing-requisition");

        Page admin = signIn(desktop(), "t/" + tenant.id() + "/purchasing", Api.adminEmail(tenant.id()), Api.PASSWORD);
        admin.getByText("Requisitions", new Page.GetByTextOptions().setExact(true)).click();
        admin.getByTestId("requisition-row").first().getByRole(AriaRole.BUTTON).click();
        var requisition = admin.getByTestId("requisition");
        admin.getByLabel("Order (line 1)").fill("3");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Order").setExact(true)).click();
        assertThat(requisition).containsText("partially-ordered");
        assertThat(requisition).containsText("3 of 5 ordered");
        admin.getByLabel("Order (line 1)").fill("2");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Order").setExact(true)).click();
        assertThat(requisition).containsText("5 of 5 ordered");
        assertThat(requisition.getByText("ordered", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();
        shot(admin, "desktop-purchasing-requisition");
        List<Map<String, Object>> orders = api.as(fx.admin()).get(fx.purchasing("purchase-orders")).then().statusCode(200)
                .extract().path("items");
        assertThat(orders).hasSize(2).allSatisfy(o -> assertThat(o).containsEntry("vendorName", "Acme Medical"));
    }
}
