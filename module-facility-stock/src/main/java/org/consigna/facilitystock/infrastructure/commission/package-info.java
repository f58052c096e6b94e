/** Commission rules and lines in the tenant's schema (JPA), and list prices from inventory's catalog. */
package org.consigna.facilitystock.infrastructure.commission;
