/** Purchasing's REST resources under {@code /api/t/{tenant}/purchasing}, for the tenant's admins. */
package org.consigna.purchasing.interfaces.rest;
