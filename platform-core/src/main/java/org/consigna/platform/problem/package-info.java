/** RFC 9457 problem details: the one shape of every error the platform returns. */
package org.consigna.platform.problem;
