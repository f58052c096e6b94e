/**
 * What other modules may use of the identity module: look a member up by id (a member id is
 * also the member's custodian id for inventory). Custody rules are asked through the core's
 * {@link org.consigna.platform.security.CustodyAccess}.
 */
package org.consigna.identity.api;
