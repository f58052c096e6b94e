/** Value types every module shares, so each is written once: the postal {@link org.consigna.platform.value.Address}. */
package org.consigna.platform.value;
