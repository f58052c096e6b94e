/** JPA repositories of the purchasing module. */
package org.consigna.purchasing.infrastructure;
