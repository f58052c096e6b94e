/** Integration tests of the purchasing module (issue 15): vendors, templates, replenishment, purchase orders. */
package org.consigna.server.purchasing;
