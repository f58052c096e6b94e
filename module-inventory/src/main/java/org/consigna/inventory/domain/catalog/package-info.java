/** The manufacturer's catalog: product lines and the items devices are instances of. */
package org.consigna.inventory.domain.catalog;
