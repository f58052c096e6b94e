/** Integration tests of the billing module: prices (price lists, facility price sheets, the price resolution). */
package org.consigna.server.billing;
