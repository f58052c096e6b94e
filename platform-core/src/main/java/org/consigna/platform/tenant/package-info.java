/** Which tenant a request acts for: the tenant directory, the canonical tenant id and the request's tenant context. */
package org.consigna.platform.tenant;
