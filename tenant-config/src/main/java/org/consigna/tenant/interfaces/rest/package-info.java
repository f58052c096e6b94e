/** The operator's tenant API and the tenant admin's settings API. */
package org.consigna.tenant.interfaces.rest;
