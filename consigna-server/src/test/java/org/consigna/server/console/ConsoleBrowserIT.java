package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.server.TenantFixtures;
import org.consigna.server.billing.BillingFixtures;
import org.consigna.server.events.EventFixtures;
import org.consigna.server.facilitystock.FacilityStockFixtures;
import org.consigna.server.inventory.InventoryFixtures;
import org.consigna.server.purchasing.PurchasingFixtures;
import org.consigna.testsupport.KeycloakAdmin;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console walked in headless Chromium (Debian's /usr/bin/chromium; Playwright downloads no browser) against
 * the real server and the real Keycloak: every person signs in on Keycloak's own login page. Screenshots of the
 * pages at phone (390 px) and desktop size go to target/console-screenshots. Skipped with -Dconsole.skipTests=true.
 */
class ConsoleBrowserIT extends IntegrationTest {

    static final String CHROMIUM = System.getProperty("console.chromium", "/usr/bin/chromium");
    static final Path SHOTS = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));

    static Playwright playwright;
    static Browser browser;
    final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeFalse(Boolean.getBoolean("console.skipTests"), "console tests skipped (-Dconsole.skipTests=true)");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * The console as a person opens it: at localhost. keycloak-js needs a secure context for PKCE (Web Crypto), which
     * plain http has only at localhost, and Arquillian reports the server under the machine's address.
     */
    String console;

    @BeforeEach
    void allowThisServersOrigin() throws Exception {
        URL local = new URL("http", "localhost", deployment.getPort(), deployment.getPath());
        console = local + "console/";
        KeycloakAdmin.shared().allowBrowserOrigin("consigna-console", origin(local));
    }

    @org.junit.jupiter.api.AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    static String origin(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }

    private Page open(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setHasTouch(width < 600).setIsMobile(width < 600));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(m -> System.out.println("[browser " + m.type() + "] " + m.text()));
        page.onPageError(e -> System.out.println("[browser error] " + e));
        return page;
    }

    private Page phone() {
        return open(390, 844);
    }

    private Page desktop() {
        return open(1366, 900);
    }

    /** Opens the console at a route and signs in on Keycloak's login page. */
    private Page signIn(Page page, String route, String username, String password) {
        page.navigate(console + route);
        try {
            page.waitForURL(url -> url.contains("/realms/consigna/protocol/openid-connect/auth")
                    || url.contains("/login-actions/"));
        } catch (RuntimeException e) {
            shot(page, "failed-sign-in");
            throw new AssertionError("no Keycloak login page at " + page.url() + ": " + page.locator("body").innerText(), e);
        }
        page.locator("#username").fill(username);
        if (page.locator("#password").count() == 0) {
            // Organizations on: the login asks for the user name first, then for the password on a page of its own.
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(console));
        assertThat(page.getByText("Consigna").first()).isVisible();
        return page;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static void choose(Page page, String label, String option) {
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
    }

    private static void openMenu(Page page) {
        if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).isVisible()) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        }
    }

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
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark used")).click();
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

    /** Draws a stroke across a signature pad with the pointer, as a finger would. */
    private static void sign(Page page, String pad) {
        Locator canvas = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(pad));
        canvas.scrollIntoViewIfNeeded();
        var box = canvas.boundingBox();
        double y = box.y + box.height / 2;
        page.mouse().move(box.x + 20, y);
        page.mouse().down();
        for (int i = 1; i <= 8; i++) {
            page.mouse().move(box.x + 20 + i * (box.width - 40) / 8, y + (i % 2 == 0 ? -20 : 20),
                    new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        }
        page.mouse().up();
    }

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
