/** The event behaviours this module contributes: {@code case}. */
package org.consigna.events.domain.behaviour;
