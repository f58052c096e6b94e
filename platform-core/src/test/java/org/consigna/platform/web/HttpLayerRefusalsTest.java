package org.consigna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.consigna.platform.problem.Problem;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.junit.jupiter.api.Test;

class HttpLayerRefusalsTest {

    @Test
    void headersTooLargeOrTooManyAre431() {
        // the messages Grizzly 4.0.2's HttpCodecFilter throws (HeaderParsingState.checkOverflow, MimeHeaders)
        assertThat(HttpLayerRefusals.problemFor(new IllegalStateException("HTTP packet header is too large"), 200).status())
                .isEqualTo(431);
        assertThat(HttpLayerRefusals.problemFor(new MimeHeaders().new MaxHeaderCountExceededException(), 200).status())
                .isEqualTo(431);
        assertThat(HttpLayerRefusals.problemFor(new IllegalStateException("HTTP packet intial line is too large"), 200).status())
                .isEqualTo(414);
    }

    @Test
    void otherParseErrorsKeepTheParsersStatusOrAre400() {
        assertThat(HttpLayerRefusals.problemFor(new IllegalStateException("Bad HTTP headers"), 505).status()).isEqualTo(505);
        Problem malformed = HttpLayerRefusals.problemFor(new IllegalStateException("Unexpected character"), 200);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.type()).isEqualTo("malformed-request");
    }

    @Test
    void theAnswerIsOneCompleteHttpResponseWithAProblemJsonBody() {
        Problem problem = HttpLayerRefusals.problemFor(new IllegalStateException("HTTP packet header is too large"), 200);
        String answer = new String(HttpLayerRefusals.answer(problem), StandardCharsets.UTF_8);
        String[] parts = answer.split("\r\n\r\n", 2);
        assertThat(parts[0]).startsWith("HTTP/1.1 431 ").contains("\r\nContent-Type: application/problem+json")
                .contains("\r\nConnection: close");
        assertThat(parts[0]).contains("Content-Length: " + parts[1].getBytes(StandardCharsets.UTF_8).length);
        JsonObject body = Json.createReader(new StringReader(parts[1])).readObject();
        assertThat(body.getString("type")).isEqualTo("urn:consigna:problem:header-fields-too-large");
        assertThat(body.getInt("status")).isEqualTo(431);
        assertThat(body.getString("title")).isNotBlank();
        assertThat(body.getString("detail")).isNotBlank();
    }
}
