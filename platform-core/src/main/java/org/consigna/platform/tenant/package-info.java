/** Which tenant a request acts for, resolved from its URL and checked against the tenant directory. */
package org.consigna.platform.tenant;
