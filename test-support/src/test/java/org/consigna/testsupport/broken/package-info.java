/** A test module that breaks the module contract. */
package org.consigna.testsupport.broken;
