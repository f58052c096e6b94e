/** Use cases of the facility-stock module, in transactions, and its observers of the events module's submits and reopens. */
package org.consigna.facilitystock.application;
