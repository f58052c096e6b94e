package org.consigna.billing.infrastructure.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.consigna.billing.domain.salesorder.SalesOrderDocument;
import org.consigna.billing.domain.salesorder.SalesOrderPdf;

/** Renders the XHTML of {@link SalesOrderHtml} with openhtmltopdf on PDFBox, base-14 fonts (Latin-1). */
@ApplicationScoped
public class OpenHtmlSalesOrderPdf implements SalesOrderPdf {

    static {
        // three INFO lines per render otherwise; warnings still show
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    @Override
    public byte[] render(SalesOrderDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(SalesOrderHtml.of(document), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The sales order PDF could not be rendered", e);
        }
        return out.toByteArray();
    }
}
