/** Kits: bundles of items bought together, broken into their items when assigned to a recipient. */
package org.consigna.purchasing.domain.kit;
