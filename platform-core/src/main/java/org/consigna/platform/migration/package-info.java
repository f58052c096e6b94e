/** Runs each module's Liquibase changelog in a schema, each module with its own tracking table. */
package org.consigna.platform.migration;
