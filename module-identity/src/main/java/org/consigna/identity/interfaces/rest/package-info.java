/**
 * The tenant admin's identity API under {@code /api/t/{tenant}/}: members, custodian-only
 * distributors and sharing links, plus {@code members/me} for every member.
 */
package org.consigna.identity.interfaces.rest;
