/** Adapters of the facility-stock module: JPA and SQL repositories, and the other modules' apis behind its ports. */
package org.consigna.facilitystock.infrastructure;
