/**
 * A third-party event behaviour that exists only in the server's test sources: a loaner kit lent
 * for a case and returned whole. Dropped into the war as its own jar, it proves that a behaviour
 * is found by ServiceLoader and usable as a tenant event type with no edit of the events module.
 */
package org.consigna.loaner;
