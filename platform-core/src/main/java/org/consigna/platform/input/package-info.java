/**
 * What a request may carry, checked once for every resource: strict JSON bodies (one value of the
 * expected shape, well-typed fields, no control characters), query and path parameters.
 */
package org.consigna.platform.input;
