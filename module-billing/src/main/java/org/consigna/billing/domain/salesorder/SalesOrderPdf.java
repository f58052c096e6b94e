package org.consigna.billing.domain.salesorder;

/** Turns a sales order into a PDF document. */
public interface SalesOrderPdf {

    String CONTENT_TYPE = "application/pdf";

    byte[] render(SalesOrderDocument document);
}
