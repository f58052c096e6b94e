package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.billing.BillingFixtures;
import org.consigna.server.purchasing.PurchasingFixtures;
import org.consigna.testsupport.Mailbox;
import org.junit.jupiter.api.Test;

/** Billing administration in the console: price lists, a facility's prices and sheets, invoices, manual prices; PO actions. */
class BillingAdminBrowserIT extends BrowserTest {

    private final Mailbox mailbox = Mailbox.start();

    @Test
    void anAdminKeepsPricesSetsOneByHandAndDownloadsTheInvoicesARepReadsThemOnAPhone() throws IOException {
        Api.Tenant tenant = api.newTenant("billadm", "inventory", "events", "billing");
        BillingFixtures fx = new BillingFixtures(api, tenant);
        TenantFixtures.Member rep = fx.member("sales");
        String item = fx.item(fx.productLine(), true);
        String catalogNumber = api.as(fx.admin()).get(tenant.path("inventory/items/" + item)).then().statusCode(200)
                .extract().path("catalogNumber");
        String mercy = "Mercy " + UUID.randomUUID().toString().substring(0, 4);
        String facility = fx.facility(mercy);
        String invoiced = fx.caseHolding(rep, facility, fx.device(rep.id(), item));
        fx.closeTyped(rep.token(), invoiced);
        fx.po(rep.token(), invoiced, "PO-8812").statusCode(200);
        String closed = fx.caseHolding(rep, facility, fx.device(rep.id(), item));
        fx.closeTyped(rep.token(), closed);

        Page admin = signIn(desktop(), "t/" + tenant.id() + "/billing/price-lists", Api.adminEmail(tenant.id()), Api.PASSWORD);
        admin.getByLabel("New price list").fill("Hospitals 2027");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hospitals 2027"))).isVisible();
        choose(admin, "Item", catalogNumber);
        admin.getByLabel("Unit price").fill("99");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set price")).click();
        assertThat(table(admin, "Prices")).containsText(catalogNumber);
        assertThat(table(admin, "Prices")).containsText("99.00");
        choose(admin, "Assign to facility", mercy);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unassign " + mercy))).isVisible();
        shot(admin, "desktop-billing-price-list");

        admin.navigate(console + "t/" + tenant.id() + "/billing/facilities");
        choose(admin, "Facility", mercy);
        assertThat(table(admin, "Effective prices")).containsText("price list Hospitals 2027");
        admin.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("PO reminders to the billing contact")).click();
        assertThat(admin.getByRole(AriaRole.SWITCH)).isChecked();
        api.as(fx.admin()).get(fx.billing("facilities/" + facility + "/po-reminders")).then().statusCode(200)
                .body("enabled", equalTo(true));
        Path sheet = Files.createTempDirectory("sheets").resolve("mercy-contract.csv");
        Files.writeString(sheet, "itemId,unitPrice\n" + item + ",88.00\n");
        admin.getByLabel("Price sheet file (CSV)").setInputFiles(sheet);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload price sheet")).click();
        assertThat(table(admin, "Price sheets")).containsText("mercy-contract.csv");
        assertThat(table(admin, "Price sheets")).containsText("current");
        assertThat(table(admin, "Lines of mercy-contract.csv")).containsText("88.00");
        assertThat(table(admin, "Effective prices")).containsText("$88.00");
        assertThat(table(admin, "Effective prices")).containsText("contract");
        shot(admin, "desktop-billing-facility-prices");

        admin.navigate(console + "t/" + tenant.id() + "/billing/invoices");
        assertThat(table(admin, "Invoices")).containsText("PO-8812");
        assertThat(table(admin, "Invoices")).containsText("$125.50");
        assertThat(table(admin, "Invoices")).containsText(mercy);
        Download csv = admin.waitForDownload(() -> admin.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download invoices.csv")).click());
        assertThat(csv.suggestedFilename()).isEqualTo("invoices.csv");
        assertThat(Files.readString(csv.path())).startsWith("invoice_number,").contains("PO-8812");
        shot(admin, "desktop-billing-invoices");

        admin.navigate(console + "t/" + tenant.id() + "/events/" + closed);
        var billing = admin.getByTestId("billing");
        assertThat(billing).containsText("closed");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the price of " + catalogNumber + " by hand")).click();
        admin.getByLabel("New unit price").fill("100");
        admin.getByLabel("Reason").fill("Agreed with the buyer");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save price")).click();
        assertThat(billing).containsText("set by hand: Agreed with the buyer");
        assertThat(billing).containsText("Total $100.00");
        assertThat(table(admin, "Billing history")).containsText("Price set by hand");
        assertThat(table(admin, "Billing history")).containsText("Signed and closed");
        shot(admin, "desktop-billing-price-by-hand");
        fx.show(fx.admin(), closed).statusCode(200).body("pricesEdited", equalTo(true));

        Page phone = signIn(phone(), "t/" + tenant.id() + "/billing/invoices", rep.email(), Api.PASSWORD);
        assertThat(table(phone, "Invoices")).containsText("PO-8812");
        shot(phone, "phone-billing-invoices");
        phone.navigate(console + "t/" + tenant.id() + "/billing/facilities/" + facility);
        assertThat(table(phone, "Effective prices")).containsText("$88.00");
        assertThat(phone.getByRole(AriaRole.SWITCH)).isDisabled();
        assertThat(phone.getByLabel("Price sheet file (CSV)")).hasCount(0); // uploading is for admins
        shot(phone, "phone-billing-facility-prices");
        phone.navigate(console + "t/" + tenant.id() + "/events/" + closed);
        assertThat(table(phone, "Billing history")).containsText("Price set by hand");
        shot(phone, "phone-billing-history");
    }

    @Test
    void anAdminExportsEmailsAndCancelsAPurchaseOrder() throws IOException {
        Api.Tenant tenant = api.newTenant("pocons", "inventory", "events", "billing", "purchasing");
        PurchasingFixtures fx = new PurchasingFixtures(api, tenant);
        String item = fx.countedItem(fx.productLine());
        String order = fx.openOrder("Acme Medical", item, "AC-9");
        String number = String.valueOf(fx.purchaseOrder(order).get("number"));

        Page admin = signIn(desktop(), "t/" + tenant.id() + "/purchasing", Api.adminEmail(tenant.id()), Api.PASSWORD);
        admin.getByText("Purchase orders", new Page.GetByTextOptions().setExact(true)).click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^PO " + number + "$"))).click();
        var po = admin.getByTestId("purchase-order");
        Download csv = admin.waitForDownload(() -> po.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Export (CSV)")).click());
        assertThat(csv.suggestedFilename()).isEqualTo("purchase-order-" + number + ".csv");
        assertThat(Files.readString(csv.path())).contains("AC-9");
        po.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("E-mail to vendor")).click();
        assertThat(po).containsText("E-mailed to orders@acme-medical.test");
        assertThat(mailbox.await("orders@acme-medical.test", 1, Duration.ofSeconds(30))).hasSize(1);
        po.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel order")).click();
        var confirm = admin.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Cancel PO " + number));
        assertThat(confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, cancel the order"))).isDisabled();
        confirm.getByLabel("Reason for cancelling").fill("Ordered twice");
        shot(admin, "desktop-purchase-order-cancel");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, cancel the order")).click();
        assertThat(po).containsText("Cancelled: Ordered twice");
        assertThat(po.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel order"))).hasCount(0);
        assertThat(po.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("E-mail to vendor"))).hasCount(0);
        assertThat(fx.purchaseOrder(order).get("status")).isEqualTo("cancelled");

        Page phone = signIn(phone(), "t/" + tenant.id() + "/purchasing", Api.adminEmail(tenant.id()), Api.PASSWORD);
        phone.getByText("Purchase orders", new Page.GetByTextOptions().setExact(true)).click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^PO " + number + "$"))).click();
        assertThat(phone.getByTestId("purchase-order")).containsText("cancelled");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export (CSV)"))).isVisible();
        shot(phone, "phone-purchase-order-cancelled");
    }

    private static Locator table(Page page, String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
