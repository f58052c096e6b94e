package org.consigna.server;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeUnDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The root URL of each deployment as Arquillian last deployed it, for a test that deploys by hand
 * ({@code @Deployment(managed = false)} and a {@code Deployer}). Such a test cannot have the URL injected before its
 * method runs, and the URL changes on every deploy: Payara Micro starts a new JVM on a random port. Registered in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public final class DeployedUrls implements LoadableExtension {

    private static final Map<String, URL> URLS = new ConcurrentHashMap<>();

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Recorder.class);
    }

    /** The deployment's root URL, the same one {@code @ArquillianResource URL} would give. */
    public static URL of(String deployment) {
        URL url = URLS.get(deployment);
        if (url == null) {
            throw new IllegalStateException("Deployment " + deployment + " is not deployed");
        }
        return url;
    }

    /** Arquillian's observer: runs inside the deployment's context, where its protocol metadata is. */
    public static final class Recorder {

        /** Every deployment passes here, the harness's managed ones too: never fail a deploy, record what can be. */
        public void deployed(@Observes AfterDeploy event, ProtocolMetaData metaData) {
            metaData.getContexts(HTTPContext.class).stream().findFirst().flatMap(Recorder::rootOf)
                    .ifPresent(url -> URLS.put(event.getDeployment().getName(), url));
        }

        public void undeploying(@Observes BeforeUnDeploy event) {
            URLS.remove(event.getDeployment().getName());
        }

        /** As Arquillian's URL provider: the context root when every servlet shares one, else the server. */
        private static Optional<URL> rootOf(HTTPContext http) {
            List<Servlet> servlets = http.getServlets();
            try {
                if (!servlets.isEmpty() && servlets.stream().map(Servlet::getContextRoot).distinct().count() == 1) {
                    return Optional.of(servlets.get(0).getBaseURI().toURL());
                }
                return Optional.of(new URI(http.getScheme(), null, http.getHost(), http.getPort(), null, null, null).toURL());
            } catch (URISyntaxException | MalformedURLException e) {
                return Optional.empty();
            }
        }
    }
}
