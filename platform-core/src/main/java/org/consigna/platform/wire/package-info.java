/**
 * How enum constants are written outside Java: one lower-case word per constant, the same in the
 * API, in {@code @RolesAllowed} and in the database (where check constraints list the words).
 */
package org.consigna.platform.wire;
