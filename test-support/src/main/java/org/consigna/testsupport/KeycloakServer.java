package org.consigna.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local Keycloak used by integration tests, started once per JVM.
 *
 * <p>{@link #shared()} runs {@code bin/keycloak.sh start} unless a Keycloak is already ready on the
 * management port (for example one started by hand or by the demo script). If this JVM started it,
 * {@link #stopIfStartedHere()} stops it again ({@code bin/keycloak.sh stop} kills the whole process
 * group, kc.sh and its java child); {@link KeycloakExtension} calls it when the test plan ends and a
 * JVM shutdown hook is the fallback.
 *
 * <p>Several test JVMs at once (parallel module builds): start Keycloak first with
 * {@code bin/keycloak.sh start}, then no JVM owns it and none stops it; or set the system property
 * {@code consigna.keycloak.keep=true} to leave a Keycloak started by tests running.
 *
 * <p>System properties: {@code consigna.root} (repository root; default: walk up from the working
 * directory to the directory containing {@code bin/keycloak.sh}), {@code consigna.keycloak.port}
 * (default env {@code KEYCLOAK_PORT} or 8180), {@code consigna.keycloak.managementPort} (default env
 * {@code KEYCLOAK_MANAGEMENT_PORT} or 9180), {@code consigna.keycloak.keep}.
 */
public final class KeycloakServer {

    public static final String REALM = "consigna";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static KeycloakServer shared;

    private final Path root;
    private final int port;
    private final int managementPort;
    private final boolean startedHere;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile boolean stopped;

    private KeycloakServer(Path root, int port, int managementPort, boolean startedHere) {
        this.root = root;
        this.port = port;
        this.managementPort = managementPort;
        this.startedHere = startedHere;
    }

    /** Keycloak for this JVM: started on first use unless one is already ready. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            Path root = repositoryRoot();
            int port = setting("consigna.keycloak.port", "KEYCLOAK_PORT", 8180);
            int managementPort = setting("consigna.keycloak.managementPort", "KEYCLOAK_MANAGEMENT_PORT", 9180);
            boolean alreadyReady = ready(HttpClient.newHttpClient(), managementPort);
            if (!alreadyReady) {
                script(root, port, managementPort, "start", START_TIMEOUT);
            }
            KeycloakServer server = new KeycloakServer(root, port, managementPort, !alreadyReady);
            if (server.startedHere && !Boolean.getBoolean("consigna.keycloak.keep")) {
                Runtime.getRuntime().addShutdownHook(
                        new Thread(server::stopIfStartedHere, "consigna-keycloak-stop"));
            }
            shared = server;
        }
        return shared;
    }

    /** {@code http://127.0.0.1:8180} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String realm() {
        return REALM;
    }

    /** The {@code iss} of tokens of the consigna realm: {@code http://127.0.0.1:8180/realms/consigna}. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** {@code http://127.0.0.1:8180/admin/realms/consigna} */
    public String adminRealmUrl() {
        return baseUrl() + "/admin/realms/" + REALM;
    }

    public Path repositoryRootPath() {
        return root;
    }

    /** Whether this JVM started the server (and will therefore stop it). */
    public boolean startedHere() {
        return startedHere;
    }

    public boolean isReady() {
        return ready(http, managementPort);
    }

    /** Stops Keycloak if this JVM started it and {@code consigna.keycloak.keep} is not set. Idempotent. */
    public synchronized void stopIfStartedHere() {
        if (!startedHere || stopped || Boolean.getBoolean("consigna.keycloak.keep")) {
            return;
        }
        stopped = true;
        script(root, port, managementPort, "stop", Duration.ofSeconds(60));
    }

    private static boolean ready(HttpClient client, int managementPort) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void script(Path root, int port, int managementPort, String command, Duration timeout) {
        Path script = root.resolve("bin/keycloak.sh");
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString(), command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("KEYCLOAK_PORT", Integer.toString(port));
        pb.environment().put("KEYCLOAK_MANAGEMENT_PORT", Integer.toString(managementPort));
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread pump = new Thread(() -> copy(process.getInputStream(), output), "keycloak.sh-output");
            pump.setDaemon(true);
            pump.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/keycloak.sh " + command + " did not finish within "
                        + timeout.toSeconds() + " s:\n" + output.toString(StandardCharsets.UTF_8));
            }
            pump.join(2000);
            String text = output.toString(StandardCharsets.UTF_8);
            System.out.print(text);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("bin/keycloak.sh " + command + " failed with exit code "
                        + process.exitValue() + ":\n" + text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running bin/keycloak.sh " + command, e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException ignored) {
            // process ended
        }
    }

    static Path repositoryRoot() {
        String override = System.getProperty("consigna.root");
        if (override != null && !override.isBlank()) {
            Path root = Path.of(override).toAbsolutePath().normalize();
            if (!Files.isRegularFile(root.resolve("bin/keycloak.sh"))) {
                throw new IllegalStateException("consigna.root=" + root + " has no bin/keycloak.sh");
            }
            return root;
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bin/keycloak.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no bin/keycloak.sh in " + start
                + " or its parents; set the system property consigna.root");
    }

    private static int setting(String property, String env, int fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
