/** MicroProfile Health checks of the platform. */
package org.consigna.platform.health;
