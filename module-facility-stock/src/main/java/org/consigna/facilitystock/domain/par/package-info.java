/** Par levels per facility and item, and the low-level alerts raised when facility stock falls below them. */
package org.consigna.facilitystock.domain.par;
