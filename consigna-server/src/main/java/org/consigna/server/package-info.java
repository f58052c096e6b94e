/** The server assembly: the JAX-RS application and the data source every module shares. */
package org.consigna.server;
