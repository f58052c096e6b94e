/** Start-up: module discovery, platform migrations, then the signal other parts start from. */
package org.consigna.platform.bootstrap;
