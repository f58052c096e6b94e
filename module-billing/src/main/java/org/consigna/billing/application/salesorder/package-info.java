/** The sales order of a closed event: its document and PDF, download, sharing by e-mail with a log of each share. */
package org.consigna.billing.application.salesorder;
