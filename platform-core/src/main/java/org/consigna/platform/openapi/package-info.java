/**
 * The OpenAPI description of every module's resources, built from their Java types: JSON schemas of
 * records, pages and enums as shared components, RFC 9457 problem responses, operation ids and summaries.
 */
package org.consigna.platform.openapi;
