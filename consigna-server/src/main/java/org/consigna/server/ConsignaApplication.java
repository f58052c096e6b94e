package org.consigna.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The platform's REST API under {@code /api}; every module's resources join it. The data
 * source all modules share is declared in {@code WEB-INF/web.xml}.
 */
@ApplicationPath("api")
public class ConsignaApplication extends Application {
}
