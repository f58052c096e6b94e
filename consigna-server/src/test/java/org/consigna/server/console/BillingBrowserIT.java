package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.billing.BillingFixtures;
import org.junit.jupiter.api.Test;

/** Billing in the console: sign and close on a phone, pending PO, the sales order. */
class BillingBrowserIT extends BrowserTest {

    @Test
    void aRepSignsAndClosesACaseOnAPhoneAndTheAdminEntersThePo() {
        Api.Tenant tenant = api.newTenant("console", "inventory", "events", "billing");
        BillingFixtures fx = new BillingFixtures(api, tenant);
        TenantFixtures.Member rep = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String facility = fx.facility("Mercy " + UUID.randomUUID().toString().substring(0, 4));
        String event = fx.caseHolding(rep, facility, fx.device(rep.id(), item));

        Page phone = signIn(phone(), "t/" + tenant.id() + "/events/" + event, rep.email(), Api.PASSWORD);
        var closing = phone.getByTestId("sign-and-close");
        assertThat(closing).containsText("$125.50");
        assertThat(closing).containsText("list price");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true))).hasCount(0);
        sign(phone, "Rep signature pad");
        sign(phone, "Provider signature pad");
        assertThat(phone.getByText("Signed.")).hasCount(2);
        shot(phone, "phone-sign-and-close");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and close").setExact(true)).click();
        var billing = phone.getByTestId("billing");
        assertThat(billing).containsText("closed");
        assertThat(billing).containsText("Total $125.50");
        assertThat(billing).containsText("rep (drawn), provider (drawn)");
        shot(phone, "phone-closed-billing");
        fx.show(rep.token(), event).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("closed"))
                .body("signatures.kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("drawn")));

        Page admin = signIn(desktop(), "t/" + tenant.id() + "/billing/pending-po", Api.adminEmail(tenant.id()), Api.PASSWORD);
        var pending = admin.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Pending PO"));
        assertThat(pending).containsText("$125.50");
        shot(admin, "desktop-pending-po");
        pending.getByRole(AriaRole.LINK).first().click();
        var adminBilling = admin.getByTestId("billing");
        assertThat(adminBilling).containsText("closed");
        com.microsoft.playwright.Download pdf = admin.waitForDownload(() -> admin.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download sales order (PDF)")).click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        admin.getByLabel("PO number").fill("PO-4711");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enter PO")).click();
        assertThat(adminBilling).containsText("PO PO-4711");
        assertThat(adminBilling).containsText("completed");
        shot(admin, "desktop-billing-completed");
        fx.show(fx.admin(), event).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("completed"));
    }
}
