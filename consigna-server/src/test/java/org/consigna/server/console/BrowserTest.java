package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consigna.server.IntegrationTest;
import org.consigna.testsupport.KeycloakAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the console's browser tests: headless Chromium (Debian's /usr/bin/chromium; Playwright downloads no browser)
 * against the real server and the real Keycloak, every person signing in on Keycloak's own login page. Screenshots of
 * the pages at phone (390 px) and desktop size go to target/console-screenshots. Skipped with -Dconsole.skipTests=true.
 * A subclass walks one area of the console and declares only its walks.
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static final String CHROMIUM = System.getProperty("console.chromium", "/usr/bin/chromium");
    protected static final Path SHOTS = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));

    static Playwright playwright;
    static Browser browser;
    private static final List<Browser> extraBrowsers = new ArrayList<>();
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeFalse(Boolean.getBoolean("console.skipTests"), "console tests skipped (-Dconsole.skipTests=true)");
        // What a person waits for on a busy 2-core machine (provisioning a tenant, a PDF): Playwright's 5 s is too short.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launch(List.of());
    }

    /** Another headless Chromium, with command-line switches of its own (a fake camera, say); closed after the class. */
    protected static Browser launch(List<String> switches) {
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"));
        args.addAll(switches);
        Browser launched = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true).setArgs(args));
        if (browser != null) {
            extraBrowsers.add(launched);
        }
        return launched;
    }

    @AfterAll
    static void stopBrowser() {
        extraBrowsers.forEach(Browser::close);
        extraBrowsers.clear();
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
    protected String console;

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

    protected Page open(int width, int height) {
        return open(browser, width, height);
    }

    protected Page open(Browser in, int width, int height) {
        BrowserContext context = in.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setHasTouch(width < 600).setIsMobile(width < 600));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(m -> System.out.println("[browser " + m.type() + "] " + m.text()));
        page.onPageError(e -> System.out.println("[browser error] " + e));
        return page;
    }

    protected Page phone() {
        return open(390, 844);
    }

    protected Page desktop() {
        return open(1366, 900);
    }

    /** Opens the console at a route and signs in on Keycloak's login page. */
    protected Page signIn(Page page, String route, String username, String password) {
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

    protected static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    protected static void choose(Page page, String label, String option) {
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
    }

    protected static void openMenu(Page page) {
        if (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).isVisible()) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        }
    }

    /** Draws a stroke across a signature pad with the pointer, as a finger would. */
    protected static void sign(Page page, String pad) {
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
}
