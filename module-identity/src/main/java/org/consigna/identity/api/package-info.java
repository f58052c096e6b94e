/**
 * What other modules may use of the identity module: members by id (a member id is also the
 * member's custodian id for inventory) and {@link org.consigna.identity.api.Custody}, the one
 * place that says who may act on whose inventory.
 */
package org.consigna.identity.api;
