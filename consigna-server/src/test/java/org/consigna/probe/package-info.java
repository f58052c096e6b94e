/**
 * A module that exists only in the server's test sources: proves that a jar dropped on the
 * war's classpath is discovered, migrated per tenant and served, with no edit of the core.
 */
package org.consigna.probe;
