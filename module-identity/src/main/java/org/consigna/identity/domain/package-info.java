/**
 * Members, sharing links and the custody rules that follow from them, with the repositories
 * that keep them and the port to the identity provider that holds the accounts.
 */
package org.consigna.identity.domain;
