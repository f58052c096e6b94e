/** Purchasing's use cases: vendors, templates and recipients, replenishment, purchase orders and their receipt. */
package org.consigna.purchasing.application;
