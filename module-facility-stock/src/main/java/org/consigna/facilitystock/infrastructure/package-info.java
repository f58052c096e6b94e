/** JPA repositories of the facility-stock module. */
package org.consigna.facilitystock.infrastructure;
