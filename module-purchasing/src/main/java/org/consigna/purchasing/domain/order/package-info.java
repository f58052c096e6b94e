/** Purchase orders: per vendor, never edited once saved, received in full or in parts, or cancelled with a reason. */
package org.consigna.purchasing.domain.order;
