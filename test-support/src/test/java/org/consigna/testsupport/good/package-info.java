/** A test module that keeps the module contract. */
package org.consigna.testsupport.good;
