package org.consigna.server;

import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Gives every {@link IntegrationTest} its deployment, so no test class repeats a {@code @Deployment} method:
 * {@link ConsignaWar#with} the class's {@link DeployWith} extras, as a client-side (not testable) deployment.
 * A class with a {@code @Deployment} method of its own keeps it. Registered in
 * {@code META-INF/services/org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment}.
 */
public final class HarnessDeployment implements AutomaticDeployment {

    @Override
    public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
        Class<?> type = testClass.getJavaClass();
        if (!IntegrationTest.class.isAssignableFrom(type) || testClass.getMethods(Deployment.class).length > 0) {
            return null;
        }
        ConsignaWar.Extra[] extras = Optional.ofNullable(type.getAnnotation(DeployWith.class))
                .map(DeployWith::value).orElse(new ConsignaWar.Extra[0]);
        return new DeploymentConfiguration.DeploymentContentBuilder(ConsignaWar.with(extras))
                .withDeployment().withTestable(false).build()
                .get();
    }
}
