/** Event types a tenant configures on top of the installed event behaviours. */
package org.consigna.events.domain.eventtype;
