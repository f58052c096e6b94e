/**
 * Who holds inventory: a custodian is a tenant member (distributor or sales user, identified by the
 * member id) or one of the tenant's locations (offices, warehouses), which this module owns.
 */
package org.consigna.inventory.domain.custody;
