package org.consigna.server.billing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consigna.server.Api;

/**
 * What the sales order, reminder and link tests share: a facility with an address and a billing contact, the text of
 * a PDF as a reader shows it, a mail's attachment and link, and the operator's billing test clock.
 */
public final class MailFixtures {

    private static final Pattern LINK = Pattern.compile("/api/public/billing/po-links/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    private final Api api;
    private final BillingFixtures fx;

    MailFixtures(Api api, BillingFixtures fx) {
        this.api = api;
        this.fx = fx;
    }

    /** A facility at 1 Main Street, Springfield, whose first billing contact has the address {@code email}. */
    String facilityWithBillingContact(String name, String email) {
        String facility = api.as(fx.admin()).body(Map.of("name", name, "street", "1 Main Street", "city", "Springfield",
                "region", "IL", "postalCode", "62701")).post(fx.tenant.path("events/facilities")).then().statusCode(201)
                .extract().path("id");
        String contact = api.as(fx.admin()).body(Map.of("name", "Bea Buyer", "email", email))
                .post(fx.tenant.path("events/facilities/" + facility + "/contacts")).then().statusCode(201).extract().path("id");
        api.as(fx.admin()).body(Map.of("contactIds", List.of(contact)))
                .put(fx.tenant.path("events/facilities/" + facility + "/billing-contacts")).then().statusCode(200);
        return facility;
    }

    void reminders(String facility, boolean enabled) {
        api.as(fx.admin()).body(Map.of("enabled", enabled)).put(fx.billing("facilities/" + facility + "/po-reminders"))
                .then().statusCode(200);
    }

    /** Sets billing's test clock (operator only); returns the instant. */
    Instant clock(Instant at) {
        api.request().body(Map.of("at", at.toString())).put("platform/billing/clock").then().statusCode(200);
        return at;
    }

    /** Runs the PO reminder sweep at the test clock's time; how many reminders were claimed. */
    int sweep() {
        return api.request().post("platform/billing/po-reminders/sweeps").then().statusCode(200).extract().path("claimed");
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException("Not a readable PDF", e);
        }
    }

    /** The mail's attachment of that name, as bytes. */
    public static byte[] attachment(MimeMessage message, String fileName) throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No attachment " + fileName + " in mail '" + message.getSubject() + "'");
    }

    /** The token of the PO link in a reminder mail's text. */
    static String linkToken(MimeMessage message) throws MessagingException, IOException {
        Matcher link = LINK.matcher(String.valueOf(message.getContent()));
        if (!link.find()) {
            throw new AssertionError("No PO link in mail '" + message.getSubject() + "'");
        }
        return link.group(1);
    }
}
