package org.consigna.billing.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.consigna.billing.domain.salesorder.SalesOrderDocument;
import org.consigna.billing.domain.salesorder.SalesOrderDocument.Line;
import org.consigna.billing.domain.salesorder.SalesOrderDocument.Signature;

/** The sales order as XHTML with the stylesheet of {@code pdf/sales-order.css}; every text is escaped. */
final class SalesOrderHtml {

    private static final String CSS = resource("/pdf/sales-order.css");
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SalesOrderHtml() {
    }

    static String of(SalesOrderDocument d) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>Sales order ")
                .append(esc(d.eventName() == null ? d.eventId().toString() : d.eventName())).append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<div class=\"head\"><div class=\"tenant\">").append(esc(d.tenantName())).append("</div>")
                .append("<h1>Sales order</h1><table class=\"facts\">");
        if (d.eventName() != null) {
            fact(h, "Event", d.eventName());
        }
        fact(h, "Event id", d.eventId().toString());
        fact(h, "Date", d.date() == null ? "" : d.date().toString());
        fact(h, "PO number", d.poNumber() == null ? "pending" : d.poNumber());
        fact(h, "Surgeon", d.surgeon());
        fact(h, "Sales rep", d.rep());
        fact(h, "Patient ID", d.patientId());
        h.append("</table></div>");
        h.append("<div class=\"facility\"><div class=\"label\">Facility</div><div class=\"name\">").append(esc(d.facilityName())).append("</div>");
        for (String line : d.facilityAddress()) {
            h.append("<div>").append(esc(line)).append("</div>");
        }
        h.append("</div>");
        h.append("<table class=\"lines\"><thead><tr><th>Catalog number</th><th>Description</th><th>Lot / serial</th>")
                .append("<th class=\"num\">Qty</th><th class=\"num\">Unit price</th><th class=\"num\">Line total</th></tr></thead><tbody>");
        for (Line l : d.lines()) {
            h.append("<tr><td>").append(esc(l.catalogNumber())).append("</td><td>").append(esc(l.description()))
                    .append("</td><td>").append(esc(l.lotOrSerial())).append("</td><td class=\"num\">").append(l.quantity())
                    .append("</td><td class=\"num\">").append(money(l.unitPrice())).append("</td><td class=\"num\">")
                    .append(money(l.lineTotal())).append("</td></tr>");
        }
        h.append("</tbody><tfoot><tr><td colspan=\"5\" class=\"num\">Total (").append(esc(d.currency())).append(")</td><td class=\"num\">")
                .append(money(d.total())).append("</td></tr></tfoot></table>");
        h.append("<div class=\"signatures\">");
        for (Signature s : d.signatures()) {
            h.append("<div class=\"signature\"><div class=\"label\">").append(esc(s.party())).append("</div>");
            if (s.drawn()) {
                h.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(s.image())).append("\"/>");
            } else {
                h.append("<div class=\"typed\">").append(esc(s.typedName())).append("</div><div class=\"note\">typed name</div>");
            }
            h.append("<div class=\"note\">").append(esc(s.signedBy()));
            if (s.signedAt() != null) {
                h.append(", ").append(SIGNED_AT.format(s.signedAt()));
            }
            h.append("</div></div>");
        }
        h.append("</div></body></html>");
        return h.toString();
    }


    private static void fact(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(label).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    /** XHTML text and attribute escaping; control characters (invalid in XML) are dropped. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = SalesOrderHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
