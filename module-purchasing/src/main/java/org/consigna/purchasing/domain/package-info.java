/** The purchasing domain: vendors, templates and recipients, replenishment needs, purchase orders. */
package org.consigna.purchasing.domain;
