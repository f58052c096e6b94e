package org.consigna.billing.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consigna.billing.domain.salesorder.SalesOrderDocument;
import org.consigna.billing.domain.salesorder.SalesOrderDocument.Line;
import org.consigna.billing.domain.salesorder.SalesOrderDocument.Signature;
import org.junit.jupiter.api.Test;

/** The sales order PDF of a 30-line case, read back as text the way a buyer's viewer would show it. */
class SalesOrderPdfTest {

    /** A 1×1 transparent PNG: a drawn signature. */
    static final byte[] DOT = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    static SalesOrderDocument thirtyLines() {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= 30; i++) {
            BigDecimal unit = new BigDecimal("95.12").add(BigDecimal.valueOf(i));
            BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(2));
            total = total.add(lineTotal);
            lines.add(new Line("CAT-" + (1000 + i), i == 7 ? "Screw <6.5mm> & washer" : "Pedicle screw " + i, "LOT-" + i, 2, unit, lineTotal));
        }
        List<Signature> signatures = List.of(
                new Signature("Sales rep", DOT, null, "Sam Rep", Instant.parse("2026-12-01T10:15:00Z")),
                new Signature("Provider representative", null, "Nora Nurse", "Sam Rep", Instant.parse("2026-12-01T10:16:00Z")));
        return new SalesOrderDocument("Acme Ortho", UUID.fromString("6f1c2a52-8d6e-4a55-9a51-3c1f0e0f2a10"), "EV-2026-0042",
                LocalDate.of(2026, 12, 1), "Mercy Hospital", List.of("1 Main Street", "Springfield, IL 62701"), "Dr. Grey",
                "Sam Rep", "****5678", lines, total, "USD", signatures, "PO-778");
    }

    @Test
    void aThirtyLineSalesOrderShowsEveryLineTotalsSignaturesAndTheMaskedPatient() throws Exception {
        SalesOrderDocument document = thirtyLines();
        byte[] pdf = new OpenHtmlSalesOrderPdf().render(document);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Acme Ortho", "Sales order", "EV-2026-0042", "2026-12-01", "PO-778", "Mercy Hospital",
                "1 Main Street", "Dr. Grey", "Sam Rep", "****5678", "Nora Nurse", "typed name", "Provider representative");
        for (int i = 1; i <= 30; i++) {
            assertThat(text).contains("CAT-" + (1000 + i), "LOT-" + i);
        }
        assertThat(text).contains("Screw <6.5mm> & washer").contains("96.12", "192.24").contains("Total (USD)")
                .contains(document.total().toPlainString());
    }

    @Test
    void markupInATextIsPrintedNotInterpreted() throws Exception {
        SalesOrderDocument d = thirtyLines();
        SalesOrderDocument hostile = new SalesOrderDocument("<script>x</script>", d.eventId(), null, d.date(), "A&B \"Clinic\"",
                List.of(), "</td></tr></table>", "rep\u0001", null, d.lines().subList(0, 1), d.lines().get(0).lineTotal(), "EUR",
                List.of(), null);
        String text = text(new OpenHtmlSalesOrderPdf().render(hostile));
        assertThat(text).contains("<script>x</script>", "A&B \"Clinic\"", "</td></tr></table>", d.eventId().toString(), "pending");
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
