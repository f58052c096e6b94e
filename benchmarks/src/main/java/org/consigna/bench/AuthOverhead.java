package org.consigna.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Prints the cost of authentication and authorization per request with warm caches: the same
 * tiny endpoint called without a token (/api/public/ping) and as a tenant member with a bearer
 * token (/api/t/{tenant}/ping), interleaved one by one from a single client so both see the same
 * machine state. Run by bin/bench-auth: BASE_URL TENANT TOKEN [REQUESTS]
 */
public final class AuthOverhead {

    private AuthOverhead() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        String tenant = args[1];
        String token = args[2];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest open = HttpRequest.newBuilder(URI.create(base + "/api/public/ping")).GET().build();
        HttpRequest secured = HttpRequest.newBuilder(URI.create(base + "/api/t/" + tenant + "/ping"))
                .header("Authorization", "Bearer " + token).GET().build();
        for (int i = 0; i < Math.max(1000, requests / 5); i++) {
            call(client, open);
            call(client, secured);
        }
        long[] openTimes = new long[requests];
        long[] securedTimes = new long[requests];
        for (int i = 0; i < requests; i++) {
            openTimes[i] = call(client, open);
            securedTimes[i] = call(client, secured);
        }
        Arrays.sort(openTimes);
        Arrays.sort(securedTimes);
        System.out.printf("requests per side: %d (after warm-up), one client, interleaved%n", requests);
        System.out.printf("unauthenticated  /api/public/ping     p50 %.3f ms  p99 %.3f ms%n", Window.ms(openTimes, 50), Window.ms(openTimes, 99));
        System.out.printf("authenticated    /api/t/%s/ping  p50 %.3f ms  p99 %.3f ms%n", tenant, Window.ms(securedTimes, 50), Window.ms(securedTimes, 99));
        System.out.printf("auth overhead    p50 %.3f ms  p99 %.3f ms%n",
                Window.ms(securedTimes, 50) - Window.ms(openTimes, 50), Window.ms(securedTimes, 99) - Window.ms(openTimes, 99));
    }

    private static long call(HttpClient client, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return took;
    }
}
