/** REST: the sales order PDF of a closed event, its sharing by e-mail and the share log. */
package org.consigna.billing.interfaces.rest.salesorder;
