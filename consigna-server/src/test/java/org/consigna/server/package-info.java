/** Integration tests: the real war with the test-only probe module, on Payara Micro, against PostgreSQL. */
package org.consigna.server;
