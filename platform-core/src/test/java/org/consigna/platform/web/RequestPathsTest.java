package org.consigna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.consigna.platform.web.RequestPaths.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    /** Paths Payara 6.2025.10 routes (measured with curl --path-as-is against a plain servlet): they must still pass. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/t/acme/ping", "/api/a%2Fb", "/api/./x", "/api//x", "/api/a%zz", "/api/a%",
            "/api/t/acme;/ping", "/api/%66oo", "/api/a/../b", "/api/caf%C3%A9", "/api/..;/x", "*", "/api/t/x%01/ping",
            "/api/t/x%0A/ping", "/api/a%0D%0Ab", "/api/a%7F"})
    void pathsTheContainerRoutesAreNotRefused(String path) {
        assertThat(RequestPaths.refusal(path)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/t/x%00/ping, NUL",
            "/%00, NUL",
            "/api/a%5Cb, BACKSLASH",
            "/api/%2e%2e/%2e%2e/x, ABOVE_ROOT",
            "/../x, ABOVE_ROOT",
            "/a/../.., ABOVE_ROOT",
            "/api/a%C0%AFb, NOT_UTF8",
            "/api/a%E2%82, NOT_UTF8",
            "api/x, NOT_ABSOLUTE"})
    void pathsTheContainerRefusesAreRefusedWithTheReason(String path, Refusal expected) {
        assertThat(RequestPaths.refusal(path)).isEqualTo(expected);
    }

    @Test
    void rawBytesCountToo() {
        assertThat(RequestPaths.refusal("/api/x\u0000y")).isEqualTo(Refusal.NUL);
        assertThat(RequestPaths.refusal("/api/a\\b")).isEqualTo(Refusal.BACKSLASH);
        // raw bytes arrive one char per byte: 0xFF alone is not UTF-8, C3 A9 is "é"
        assertThat(RequestPaths.refusal("/api/\u00ff")).isEqualTo(Refusal.NOT_UTF8);
        assertThat(RequestPaths.refusal(new String("/api/café".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))).isNull();
        assertThat(RequestPaths.refusal("")).isEqualTo(Refusal.EMPTY);
    }

    @Test
    void everyRefusalHasASlugThatLeadsBackToIt() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(Refusal.ofSlug(refusal.slug())).isEqualTo(refusal);
            assertThat(refusal.slug()).matches("[a-z0-9-]+");
        }
        assertThat(Refusal.ofSlug("made-up")).isEqualTo(Refusal.OTHER);
    }
}
