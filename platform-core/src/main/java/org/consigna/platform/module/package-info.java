/** The module contract ({@link org.consigna.platform.module.ConsignaModule}), its discovery and ordering. */
package org.consigna.platform.module;
