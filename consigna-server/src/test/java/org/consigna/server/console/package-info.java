/** The web console as served by the war, and walked in headless Chromium. */
package org.consigna.server.console;
