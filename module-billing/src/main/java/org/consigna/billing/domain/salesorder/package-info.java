/** The sales order: what the document of a closed case shows, and the renderer that turns it into a PDF. */
package org.consigna.billing.domain.salesorder;
