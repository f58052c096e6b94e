/**
 * Devices: a serialized unit, or a quantity of a lot or of an untracked item, always in one
 * custodian's custody. A device is never deleted; once inactive it accepts only tags and notes.
 */
package org.consigna.inventory.domain.device;
