package org.consigna.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure the shared Keycloak runs before a test class, and stops it when the whole test plan
 * ends if this JVM started it (the handle lives in the root store, so it is closed once, after the
 * last test class). Use with {@code @ExtendWith(KeycloakExtension.class)}; inside tests get the
 * server with {@link KeycloakServer#shared()}.
 */
public final class KeycloakExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KeycloakExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Handle.class, key -> new Handle(KeycloakServer.shared()), Handle.class);
    }

    /**
     * Closed by JUnit when the root context ends. Implements both the classic
     * {@code CloseableResource} and {@code AutoCloseable} (JUnit 5.13+); stopping is idempotent.
     */
    @SuppressWarnings("deprecation")
    static final class Handle implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final KeycloakServer server;

        Handle(KeycloakServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.stopIfStartedHere();
        }
    }
}
