/**
 * The PostgreSQL databases ("clusters") tenant schemas live in: which are configured, how to reach each, and a
 * clear error for a tenant registered on one that is not.
 */
package org.consigna.platform.database;
