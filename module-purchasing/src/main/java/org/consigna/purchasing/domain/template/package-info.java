/** Inventory templates, the recipients that hold counted stock and their per-item overrides; the tenant's purchasing settings. */
package org.consigna.purchasing.domain.template;
