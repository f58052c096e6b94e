/**
 * Who is calling: bearer tokens checked against the identity provider, the caller's role in
 * the tenant of the request, and the custody rules modules ask before acting on inventory.
 */
package org.consigna.platform.security;
