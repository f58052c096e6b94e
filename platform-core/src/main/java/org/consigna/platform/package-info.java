/**
 * The platform core: hosts plug-in modules and gives them tenant context, persistence,
 * migrations and error mapping. It knows no module by name.
 */
package org.consigna.platform;
