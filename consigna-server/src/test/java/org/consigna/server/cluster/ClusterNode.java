package org.consigna.server.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro JVM running the built war, clustered with the others started on the same Hazelcast
 * start port (as {@code bin/consigna run --nodes N} starts them). Inherits the test JVM's environment
 * (DB_URL and the rest that failsafe sets); killed with its children when closed or when the JVM exits.
 */
final class ClusterNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final Thread killer;

    private ClusterNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.killer = new Thread(this::kill, "kill " + name);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    static ClusterNode start(String name, int clusterStartPort, Path logDir) throws IOException {
        Path target = Path.of(System.getProperty("payara.microJar")).getParent();
        int port = freePort();
        Path log = logDir.resolve(name + ".log");
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-XX:+UseSerialGC",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", target.resolve("consigna.war").toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--name", name, "--clustername", "consigna-it-" + clusterStartPort,
                "--clustermode", "tcpip:127.0.0.1:" + clusterStartPort, "--startport", Integer.toString(clusterStartPort),
                "--interfaces", "127.0.0.1", "--disablephonehome",
                "--prebootcommandfile", "src/main/payara/preboot.asadmin"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ClusterNode(name, port, log, process);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until GET /health/ready answers 200; fails when the process exits or the time is up. */
    void awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; log: " + log);
            }
            if (status("health/ready") == 200) {
                return;
            }
            if (Files.readString(log).contains("Exception while loading the app")) {
                throw new AssertionError(name + " could not deploy the war; log: " + log);
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready after " + timeout.toSeconds() + " s; log: " + log);
    }

    /** Until the node's log says the data grid has {@code members} members. */
    void awaitClusterOf(int members, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains("DG Size: " + members)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not see a data grid of " + members + " in " + timeout.toSeconds()
                + " s; log: " + log);
    }

    private int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url().toURI().resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | java.net.URISyntaxException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }
}
