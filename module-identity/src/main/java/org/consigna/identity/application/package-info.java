/**
 * The identity use cases, each in a transaction: inviting and managing members, custodians and
 * sharing links, onboarding a tenant's organization and first admin, and the lookups the core
 * asks for (memberships, cached; custody scopes) and other modules use (member summaries).
 */
package org.consigna.identity.application;
