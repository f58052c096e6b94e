package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.events.EventFixtures;
import org.consigna.server.inventory.InventoryFixtures;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The console's core walks: receiving and transfers, a case on a phone, onboarding, members and the tenant switcher. */
class ConsoleBrowserIT extends BrowserTest {

    @Test
    void anAdminReceivesByUdiAndTheRepAcceptsTheTransferOnAPhone() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events");
        InventoryFixtures f = new InventoryFixtures(api, tenant);
        Map<String, Object> item = f.item(f.productLine("Spine"), "serial");
        String warehouse = "Main warehouse " + UUID.randomUUID().toString().substring(0, 4);
        f.location(warehouse);
        TenantFixtures.Member rep = f.member("sales");
        String serial = "SN-" + UUID.randomUUID().toString().substring(0, 6);

        Page admin = signIn(desktop(), "", Api.adminEmail(tenant.id()), Api.PASSWORD);
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inventory"))).isVisible();
        assertThat(admin.getByText("No devices found.")).isVisible();
        shot(admin, "desktop-inventory-empty");

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Receive")).click();
        choose(admin, "Receive into", warehouse);
        admin.getByLabel("UDI (one per line)").fill("(01)" + item.get("gtin") + "(17)301231(10)LOT-A(21)" + serial);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive").setExact(true)).click();
        assertThat(admin.getByText("Received 1 device")).isVisible();
        shot(admin, "desktop-receive");

        // A refusal is shown in the person's words: the same serial again is refused by the server.
        admin.getByLabel("UDI (one per line)").fill("(01)" + item.get("gtin") + "(17)301231(10)LOT-A(21)" + serial);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive").setExact(true)).click();
        assertThat(admin.getByRole(AriaRole.ALERT)).containsText("nothing was received");
        shot(admin, "desktop-receive-refused");

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inventory")).click();
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName((String) item.get("catalogNumber"))).click();
        assertThat(admin.getByLabel("Custodian")).hasText("Held by " + warehouse);
        assertThat(admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("History"))).containsText("receive");
        shot(admin, "desktop-device");

        choose(admin, "Recipient", "Test sales");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send transfer")).click();
        assertThat(admin.getByText("in a pending transfer")).isVisible();

        Page phone = signIn(phone(), "t/" + tenant.id() + "/transfers", rep.email(), Api.PASSWORD);
        assertThat(phone.getByTestId("transfer")).containsText("→ Test sales");
        shot(phone, "phone-transfers-pending");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(phone.getByText("No transfers.")).isVisible();
        phone.getByText("Accepted", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(phone.getByTestId("transfer")).containsText("accepted");
        shot(phone, "phone-transfers-accepted");

        List<Map<String, Object>> held = api.as(rep.token()).get(f.path("devices?custodian=" + rep.id())).then().statusCode(200)
                .extract().path("items");
        assertThat(held).extracting(d -> d.get("serial")).containsExactly(serial);
    }

    @Test
    void aRepRunsACaseFromCreationToSubmitOnAPhone() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events");
        EventFixtures f = new EventFixtures(api, tenant);
        String facility = "St. Mary " + UUID.randomUUID().toString().substring(0, 4);
        f.facility(facility);
        f.surgeon("Grey");
        TenantFixtures.Member rep = f.member("sales");
        String itemId = f.item(f.productLine(), true);
        String deviceId = f.device(rep.id(), itemId);
        String serial = (String) f.inventory.device(rep.token(), deviceId).get("serial");

        Page phone = signIn(phone(), "", rep.email(), Api.PASSWORD);
        openMenu(phone);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Events")).click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New case")).click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create case")).click();
        assertThat(phone.getByText("must not be blank").first()).isVisible(); // shown next to the field it names
        shot(phone, "phone-case-refused");

        String caseType = api.as(f.admin()).get(tenant.path("events/types/" + f.caseType())).then().statusCode(200)
                .extract().path("name");
        choose(phone, "Type", caseType);
        phone.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Knee, Dr Grey");
        choose(phone, "Facility", facility);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create case")).click();
        // The case type asks for a surgeon and a patient: the refusal names both, next to their fields.
        assertThat(phone.getByText("is required by this event type").first()).isVisible();
        choose(phone, "Surgeon", "Grey");
        phone.getByLabel("Patient id").fill("P-1042");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create case")).click();
        assertThat(phone.getByLabel("Event status")).hasText("open");

        phone.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Device used")).click();
        try {
            // a substring of the option's name (a Java Pattern.quote would not survive the trip to the browser's regex)
            phone.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(serial)).click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(10_000));
        } catch (RuntimeException e) {
            shot(phone, "failed-case-device");
            throw new AssertionError("no option " + serial + " in: " + phone.locator("body").ariaSnapshot(), e);
        }
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark used").setExact(true)).click();
        assertThat(phone.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Devices in the event"))).containsText("used");
        shot(phone, "phone-case-marked");

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
        assertThat(phone.getByLabel("Event status")).hasText(java.util.regex.Pattern.compile("submitted|closed"));
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen"))).isVisible();
        assertThat(phone.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Devices in the event"))).containsText(serial);
        shot(phone, "phone-case-submitted");
        assertThat(f.statusOf(deviceId)).isNotEqualTo("active");
    }

    @Test
    void theOperatorOnboardsATenantAndSeesItsOneTimePasswordOnce() {
        String id = Api.newTenantId("console-onb");
        Page page = signIn(desktop(), "operator/tenants", Tokens.OPERATOR_USERNAME, Tokens.OPERATOR_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tenants"))).isVisible();
        page.getByLabel("Tenant id").fill("Not A Slug");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create tenant")).click();
        assertThat(page.getByText("must be 3-40 characters", new Page.GetByTextOptions().setExact(false)).first()).isVisible();

        page.getByLabel("Tenant id").fill(id);
        page.getByLabel("Display name").fill("Clinic " + id);
        page.getByLabel("First admin's email").fill("first@" + id + ".test");
        page.getByLabel("First name").fill("Fran");
        page.getByLabel("Last name").fill("First");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create tenant")).click();
        assertThat(page.getByText("Tenant " + id + " created")).isVisible();
        assertThat(page.getByTestId("one-time").first()).not().isEmpty();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Tenants"))).containsText(id);
        shot(page, "desktop-operator-onboarding");

        page.reload();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Tenants"))).containsText(id);
        assertThat(page.getByTestId("one-time")).hasCount(0);
        api.request().get("platform/tenants/" + id).then().statusCode(200);
    }

    @Test
    void anAdminInvitesSomeoneWhoThenSwitchesBetweenTheirTenants() {
        Api.Tenant first = api.newTenant("console-a", "inventory");
        Api.Tenant second = api.newTenant("console-b", "inventory", "events");
        String person = Api.adminEmail(first.id()); // already has an account: first's admin

        Page admin = signIn(desktop(), "t/" + second.id() + "/admin/members", Api.adminEmail(second.id()), Api.PASSWORD);
        admin.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(person);
        admin.getByLabel("First name").fill("Ada");
        admin.getByLabel("Last name").fill("Admin");
        choose(admin, "Role", "sales");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
        try {
            assertThat(admin.getByText(java.util.regex.Pattern.compile(" invited$"))).isVisible();
        } catch (AssertionError e) {
            shot(admin, "failed-invite");
            throw new AssertionError("no invitation shown: " + admin.locator("main").ariaSnapshot(), e);
        }
        assertThat(admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Members"))).containsText(person);
        shot(admin, "desktop-members");

        Page page = signIn(desktop(), "", person, Api.PASSWORD);
        page.waitForURL(url -> url.contains("/t/" + first.id() + "/inventory"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Events"))).hasCount(0);
        choose(page, "Tenant", "Tenant " + second.id());
        page.waitForURL(url -> url.contains("/t/" + second.id() + "/inventory"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members"))).hasCount(0); // sales here
        shot(page, "desktop-tenant-switched");
    }
}
