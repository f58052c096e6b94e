/** What other modules may use of billing: records and interfaces only. */
package org.consigna.billing.api;
