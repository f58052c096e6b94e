/** What other jars may use of purchasing: the electronic ordering extension point and the order a connector sends. */
package org.consigna.purchasing.api;
