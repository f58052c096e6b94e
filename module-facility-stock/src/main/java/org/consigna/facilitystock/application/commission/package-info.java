/** Commission use cases: rules kept by admins, lines earned on submit and reversed on reopen, lines paid once, lists. */
package org.consigna.facilitystock.application.commission;
