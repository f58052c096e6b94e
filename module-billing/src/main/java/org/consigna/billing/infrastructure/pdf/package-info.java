/** The sales order PDF: an XHTML/CSS template rendered by openhtmltopdf (PDFBox). */
package org.consigna.billing.infrastructure.pdf;
