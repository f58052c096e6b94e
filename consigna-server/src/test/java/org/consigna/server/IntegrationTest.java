package org.consigna.server;

import io.restassured.RestAssured;
import java.net.URL;
import org.consigna.testsupport.KeycloakExtension;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every integration test: the war of {@link ConsignaWar} (with the jars of {@link DeployWith}, if
 * the class says so) deployed once per class on Payara Micro by {@link HarnessDeployment}, the shared
 * Keycloak, and an {@link Api} client as the platform operator. A test class declares only its tests.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
@RunAsClient
public abstract class IntegrationTest {

    /** The deployed application's root URL. */
    @ArquillianResource
    protected URL deployment;

    protected Api api;

    @BeforeEach
    final void openApi() {
        api = new Api(deployment);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
