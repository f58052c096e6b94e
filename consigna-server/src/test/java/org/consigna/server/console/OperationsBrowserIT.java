package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.inventory.InventoryFixtures;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** Operations in the console: the events administration, the operator's tenant controls and stock adjustments. */
class OperationsBrowserIT extends BrowserTest {

    @Test
    void anAdminKeepsEventTypesFacilitiesWithTheirBillingContactsAndSurgeons() {
        Api.Tenant tenant = api.newTenant("console-ops", "inventory", "events");
        String behaviour = api.as(tenant.adminToken()).get(tenant.path("events/behaviours")).then().statusCode(200)
                .extract().path("find { it.id == 'case' }.displayName");
        String suffix = UUID.randomUUID().toString().substring(0, 4);

        Page page = signIn(desktop(), "t/" + tenant.id() + "/inventory", Api.adminEmail(tenant.id()), Api.PASSWORD);
        link(page, "Event types").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create event type")).click();
        assertThat(page.getByText("must not be blank").first()).isVisible(); // next to the field it names
        page.getByLabel("Type name").fill("Trauma call " + suffix);
        choose(page, "Behaviour", behaviour);
        page.getByLabel("Surgeon required").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create event type")).click();
        Locator type = row(page, "Event types", "Trauma call " + suffix);
        assertThat(type).containsText(behaviour);
        assertThat(type).containsText("Surgeon required");
        assertThat(type).containsText("active");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate Trauma call " + suffix)).click();
        assertThat(type).containsText("inactive");
        shot(page, "desktop-admin-event-types");

        link(page, "Facilities").click();
        page.getByLabel("Facility name").fill("Mercy General " + suffix);
        page.getByLabel("City").fill("Springfield");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add facility")).click();
        assertThat(row(page, "Facilities", "Mercy General " + suffix)).containsText("Springfield");
        shot(page, "desktop-admin-facilities");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mercy General " + suffix)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mercy General " + suffix))).isVisible();
        assertThat(page.getByText("No billing contacts yet")).isVisible();
        for (String name : List.of("Dana Payable", "Lee Accounts")) {
            page.getByLabel("Contact name").fill(name);
            page.getByLabel("Email").fill(name.toLowerCase().replace(' ', '.') + "@mercy.test");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contact")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bill " + name)).click();
        }
        Locator billing = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Billing contacts"));
        assertThat(billing.getByRole(AriaRole.LISTITEM).first()).containsText("1. Dana Payable");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Lee Accounts up")).click();
        assertThat(billing.getByRole(AriaRole.LISTITEM).first()).containsText("1. Lee Accounts");
        assertThat(row(page, "Contacts", "Dana Payable")).containsText("billing 2");
        shot(page, "desktop-admin-facility");
        String facilityId = api.as(tenant.adminToken()).get(tenant.path("events/facilities?q=Mercy")).then().statusCode(200)
                .extract().path("items[0].id");
        List<String> order = api.as(tenant.adminToken()).get(tenant.path("events/facilities/" + facilityId)).then()
                .statusCode(200).extract().path("billingContacts.name");
        assertThat(order).containsExactly("Lee Accounts", "Dana Payable");

        Page phone = signIn(phone(), "t/" + tenant.id() + "/inventory", Api.adminEmail(tenant.id()), Api.PASSWORD);
        openMenu(phone);
        link(phone, "Surgeons").click();
        phone.getByLabel("First name").fill("Miranda");
        phone.getByLabel("Last name").fill("Bailey " + suffix);
        phone.getByLabel("Specialty").fill("General surgery");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add surgeon")).click();
        Locator surgeon = row(phone, "Surgeons", "Bailey " + suffix);
        assertThat(surgeon).containsText("General surgery");
        surgeon.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
        phone.getByLabel("Active").uncheck();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save surgeon")).click();
        assertThat(surgeon).containsText("inactive");
        shot(phone, "phone-admin-surgeons");
    }

    @Test
    void theOperatorSuspendsATenantWhoseMemberIsRefusedThenResumesItAndAddsAModule() {
        Api.Tenant tenant = api.newTenant("aops", "inventory");
        Page operator = signIn(desktop(), "operator/tenants", Tokens.OPERATOR_USERNAME, Tokens.OPERATOR_PASSWORD);
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Manage " + tenant.id())).click();
        Locator card = operator.getByTestId("managed-tenant");
        assertThat(card.getByLabel("Tenant status")).hasText("active");
        assertThat(card.getByLabel("Database cluster")).hasText("main");
        assertThat(card.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Tenant modules"))).containsText("inventory");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suspend tenant")).click();
        assertThat(card.getByText("must not be blank").first()).isVisible();
        card.getByLabel("Reason for suspending").fill("Contract on hold");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suspend tenant")).click();
        assertThat(card.getByLabel("Tenant status")).hasText("suspended");
        assertThat(card).containsText("Contract on hold");
        assertThat(row(operator, "Tenants", tenant.id())).containsText("suspended");
        shot(operator, "desktop-operator-suspended");

        Page member = signIn(phone(), "t/" + tenant.id() + "/inventory", Api.adminEmail(tenant.id()), Api.PASSWORD);
        assertThat(member.getByRole(AriaRole.ALERT)).containsText("Tenant suspended");
        assertThat(member.getByRole(AriaRole.ALERT)).containsText("is suspended");
        assertThat(member.getByText("You are not a member")).hasCount(0);
        shot(member, "phone-tenant-suspended");

        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resume tenant")).click();
        assertThat(card.getByLabel("Tenant status")).hasText("active");
        card.getByLabel("events", new Locator.GetByLabelOptions().setExact(true)).check();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enable modules")).click();
        assertThat(card.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Tenant modules"))).containsText("events");
        shot(operator, "desktop-operator-modules");

        member.reload();
        openMenu(member);
        assertThat(link(member, "Events")).isVisible();
        assertThat(link(member, "Event types")).isVisible();
        assertThat(member.getByRole(AriaRole.ALERT)).hasCount(0);
        shot(member, "phone-tenant-resumed-with-events");
    }

    @Test
    void aRepAdjustsADeviceOnAPhoneAndItsHistoryShowsTheAdjustment() {
        Api.Tenant tenant = api.newTenant("console-adj", "inventory");
        InventoryFixtures f = new InventoryFixtures(api, tenant);
        Map<String, Object> item = f.item(f.productLine(), "lot");
        TenantFixtures.Member rep = f.member("sales");
        String deviceId = f.receiveLot(rep.id(), (String) item.get("id"), "LOT-" + UUID.randomUUID().toString().substring(0, 4), 5);

        Page phone = signIn(phone(), "t/" + tenant.id() + "/inventory/" + deviceId, rep.email(), Api.PASSWORD);
        assertThat(phone.getByText("Quantity 5")).isVisible();
        choose(phone, "Reason", "Damaged (takes units away)");
        phone.getByLabel("Units").fill("9");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adjust quantity")).click();
        assertThat(phone.getByRole(AriaRole.ALERT)).containsText("cannot go below zero");
        shot(phone, "phone-adjust-refused");

        phone.getByLabel("Units").fill("2");
        phone.getByLabel("Adjustment note").fill("crushed box");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adjust quantity")).click();
        assertThat(phone.getByText("Quantity 3")).isVisible();
        assertThat(phone.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("History"))).containsText("damaged: crushed box");
        shot(phone, "phone-adjusted");

        Page desktop = signIn(desktop(), "t/" + tenant.id() + "/inventory/" + deviceId, Api.adminEmail(tenant.id()), Api.PASSWORD);
        choose(desktop, "Reason", "Count correction (set the counted quantity)");
        assertThat(desktop.getByText("The device holds 3")).isVisible();
        desktop.getByLabel("Counted quantity").fill("4");
        desktop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adjust quantity")).click();
        assertThat(desktop.getByText("Quantity 4")).isVisible();
        assertThat(desktop.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("History"))).containsText("count_correction");
        shot(desktop, "desktop-adjusted");
        assertThat(f.device(rep.token(), deviceId).get("quantity")).isEqualTo(4);
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator row(Page page, String table, String text) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(table))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(text));
    }
}
