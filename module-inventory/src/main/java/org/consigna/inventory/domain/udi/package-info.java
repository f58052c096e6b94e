/** Parsing of GS1 Unique Device Identifiers (UDI) as scanned from medical-device labels. */
package org.consigna.inventory.domain.udi;
