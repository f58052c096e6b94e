/** The tenant registry module: tenants, their schemas and modules, their settings, the operator API. */
package org.consigna.tenant;
