/** A test-only vendor connector for purchasing, deployed by the ITs that ask for it. */
package org.consigna.connector;
