/** JSON-P for the platform and its modules, through one provider looked up once. */
package org.consigna.platform.json;
