/** Small platform endpoints that belong to no module. */
package org.consigna.platform.web;
