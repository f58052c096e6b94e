package org.consigna.server.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.server.Api;
import org.consigna.server.TenantFixtures;
import org.consigna.server.events.EventFixtures;
import org.junit.jupiter.api.Test;

/**
 * Scanning GS1 DataMatrix codes with a phone's camera. Chromium films a fake camera that shows a DataMatrix this test
 * draws (a Y4M video file); the console reads it with the camera, receives the device and marks it used in a case.
 */
class CameraBrowserIT extends BrowserTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    @Test
    void aRepReceivesADeviceByScanningItsDataMatrixAndMarksItUsedByScanningAgain() throws IOException {
        Api.Tenant tenant = api.newTenant("camera", "inventory", "events");
        EventFixtures f = new EventFixtures(api, tenant);
        Map<String, Object> item = f.inventory.item(f.productLine(), "serial", true);
        TenantFixtures.Member rep = f.member("sales");
        String serial = "SN-" + UUID.randomUUID().toString().substring(0, 6);
        Path video = camera("01" + item.get("gtin") + "17301231" + "10LOT-CAM\u001d21" + serial);
        Browser filming = launch(List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));

        Page phone = signIn(open(filming, 390, 844), "t/" + tenant.id() + "/receive", rep.email(), Api.PASSWORD);
        phone.context().grantPermissions(List.of("camera"));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Scan with camera")).click();
        assertThat(phone.getByText("Scanned ")).containsText(serial);
        assertThat(phone.getByLabel("UDI (one per line)")).hasValue(
                "(01)" + item.get("gtin") + "(17)301231(10)LOT-CAM(21)" + serial);
        shot(phone, "phone-receive-camera");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop camera")).click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive").setExact(true)).click();
        assertThat(phone.getByText("Received 1 device")).isVisible();

        List<Map<String, Object>> held = api.as(rep.token()).get(tenant.path("inventory/devices?custodian=" + rep.id()))
                .then().statusCode(200).extract().path("items");
        assertThat(held).extracting(d -> d.get("serial"), d -> d.get("lot")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(serial, "LOT-CAM"));
        String deviceId = (String) held.get(0).get("id");

        String facility = f.facility("Camera General " + serial);
        String surgeon = f.surgeon("Scan");
        String event = f.createEvent(rep.token(), f.newEvent(f.caseType(), rep.id(), facility, surgeon, "P-77"));
        phone.navigate(console + "t/" + tenant.id() + "/events/" + event);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Scan to mark used")).click();
        assertThat(phone.getByText("Marked used: ")).containsText(serial);
        assertThat(phone.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Devices in the event")))
                .containsText("used");
        shot(phone, "phone-case-camera");
        // The camera keeps seeing the code: the device is in the event once, not once per frame.
        phone.waitForTimeout(1500);
        List<Map<String, Object>> lines = api.as(rep.token()).get(tenant.path("events/" + event)).then().statusCode(200)
                .extract().path("lines.findAll { it.inEvent }");
        assertThat(lines).extracting(l -> l.get("deviceId")).containsExactly(deviceId);
    }

    /**
     * A Y4M video (what Chromium's fake camera plays) of one frame: the DataMatrix of the GS1 element string
     * {@code udi} in black on white, in the middle of the picture. The separator after a variable-length field is the
     * group separator, as scanners send FNC1. (zxing's GS1 mode, which also draws the leading FNC1, mis-pads some
     * lengths; the console's handling of a leading FNC1 is covered by its scan tests.)
     */
    static Path camera(String udi) throws IOException {
        BitMatrix code = new DataMatrixWriter().encode(udi, BarcodeFormat.DATA_MATRIX, 0, 0,
                Map.of(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE));
        int module = Math.min(WIDTH, HEIGHT) / 2 / (code.getWidth() + 4);
        int size = code.getWidth() * module;
        int left = (WIDTH - size) / 2;
        int top = (HEIGHT - size) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (code.get(x / module, y / module)) {
                    luma[(top + y) * WIDTH + left + x] = (byte) 16;
                }
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        Arrays.fill(chroma, (byte) 128);
        Path file = SHOTS.getParent().resolve("camera").resolve("datamatrix-" + UUID.randomUUID() + ".y4m");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
            out.write(luma);
            out.write(chroma);
            out.write(chroma);
        }
        return file;
    }
}
