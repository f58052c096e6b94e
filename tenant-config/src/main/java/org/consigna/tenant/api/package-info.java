/** What other modules may use of the tenant registry: settings and provisioning steps. */
package org.consigna.tenant.api;
