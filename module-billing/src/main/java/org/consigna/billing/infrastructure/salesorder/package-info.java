/** The sales order share log in SQL on the transaction's connection. */
package org.consigna.billing.infrastructure.salesorder;
