package org.consigna.server.billing;

import io.restassured.response.ValidatableResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.consigna.server.Api;
import org.consigna.server.facilitystock.FacilityStockFixtures;

/**
 * The billing layer of fixtures, through the public API: cases holding devices, signatures (a real PNG drawn here,
 * or a typed name), closings and PO numbers. Events, devices and facility stock come from the layers below.
 */
public class BillingFixtures extends FacilityStockFixtures {

    public BillingFixtures(Api api, Api.Tenant tenant) {
        super(api, tenant);
    }

    /** A path under billing's resources: {@code t/{tenant}/billing/...}. */
    public String billing(String rest) {
        return tenant.path("billing/" + rest);
    }

    /** A case at the facility for the representative holding the devices marked used; open. */
    public String caseHolding(Member rep, String facilityId, String... devices) {
        String event = caseAt(rep.token(), rep.id(), facilityId);
        for (String device : devices) {
            mark(rep.token(), event, device, "used").statusCode(201);
        }
        return event;
    }

    /** Sells the devices to the facility in a stocking order closed with sign and close (billing applies to it). */
    public String sellClosed(Member rep, String facilityId, List<String> devices) {
        String order = stockingOrder(rep.token(), rep.id(), facilityId);
        devices.forEach(d -> mark(rep.token(), order, d, "used").statusCode(201));
        closeTyped(rep.token(), order);
        return order;
    }

    /** A small PNG: a signature as a tablet would send it. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.drawLine(5, 30, 110, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Map<String, Object> drawn() {
        return Map.of("drawn", Base64.getEncoder().encodeToString(png()));
    }

    public static Map<String, Object> typed(String name) {
        return Map.of("typedName", name);
    }

    /** A close body with both signatures (either may be null: missing) and nothing else. */
    public static Map<String, Object> signed(Map<String, Object> rep, Map<String, Object> provider) {
        Map<String, Object> signatures = new HashMap<>();
        if (rep != null) {
            signatures.put("rep", rep);
        }
        if (provider != null) {
            signatures.put("provider", provider);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("signatures", signatures);
        return body;
    }

    public ValidatableResponse close(String token, String eventId, Map<String, Object> body) {
        return api.as(token).body(body).post(billing("events/" + eventId + "/close")).then();
    }

    /** Closes the event with typed names for both parties; 200 expected. */
    public Map<String, Object> closeTyped(String token, String eventId) {
        return close(token, eventId, signed(typed("Sam Rep"), typed("Dr. Provider"))).statusCode(200).extract()
                .as(Map.class);
    }

    public ValidatableResponse po(String token, String eventId, Map<String, Object> body) {
        return api.as(token).body(body).put(billing("events/" + eventId + "/po")).then();
    }

    public ValidatableResponse po(String token, String eventId, String number) {
        return po(token, eventId, Map.of("poNumber", number));
    }

    public ValidatableResponse show(String token, String eventId) {
        return api.as(token).get(billing("events/" + eventId)).then();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> history(String eventId) {
        return api.as(admin()).get(billing("events/" + eventId + "/history")).then().statusCode(200).extract().as(List.class);
    }

    public String eventStatus(String eventId) {
        return api.as(admin()).get(tenant.path("events/" + eventId)).then().statusCode(200).extract().path("status");
    }
}
