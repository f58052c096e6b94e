/**
 * PO reminders (a per-facility switch, due rows claimed by a scheduled sweep) and the signed, expiring link they carry,
 * with which a hospital buyer enters the PO number and downloads the sales order; the billing clock tests control.
 */
package org.consigna.billing.application.reminder;
