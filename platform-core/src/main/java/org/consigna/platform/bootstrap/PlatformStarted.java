package org.consigna.platform.bootstrap;

/** Fired once at start-up after the modules are ordered and the platform schema is current. */
public record PlatformStarted(long startedAtMillis) {
}
