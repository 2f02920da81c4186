package dev.cloudshop.systemtests;

import dev.cloudshop.stack.StackOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access tokens obtained the way auth-service/README.md tells people to: by running
 * {@code scripts/get-token.sh <user>} (authorization code + PKCE at auth-service), so every system
 * test that writes proves the documented sign-in works. A token is reused while it has more than
 * five minutes left (they live fifteen).
 */
final class Tokens {

    private static final Duration REUSE_FOR = Duration.ofMinutes(10);

    private static final Map<String, Token> SIGNED_IN = new ConcurrentHashMap<>();

    private record Token(String value, Instant obtained) {
    }

    private Tokens() {
    }

    /** The demo administrator's token. */
    static String admin() {
        return signIn("admin");
    }

    /** alice's token: a customer. */
    static String customer() {
        return signIn("alice");
    }

    /** bob's token: another customer. */
    static String otherCustomer() {
        return signIn("bob");
    }

    /** {@code Authorization: Bearer <admin token>}, then the given header pairs. */
    static String[] asAdmin(String... headers) {
        return bearer(admin(), headers);
    }

    static String[] bearer(String token, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    /** The token's claims, read without checking anything. */
    static JsonNode claims(String token) {
        return Http.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /**
     * What a customer who wants more tries: their own genuine token with {@code roles} rewritten
     * to ADMIN. Header and signature are auth-service's, but the signature no longer fits.
     */
    static String forgedAdminFrom(String customerToken) {
        String[] parts = customerToken.split("\\.");
        ObjectNode claims = (ObjectNode) claims(customerToken);
        claims.putArray("roles").add("ADMIN");
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Http.JSON.writeValueAsBytes(claims));
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** Runs {@code scripts/get-token.sh <username>} from the repository root with the demo password. */
    static synchronized String signIn(String username) {
        Token token = SIGNED_IN.get(username);
        if (token == null || token.obtained().plus(REUSE_FOR).isBefore(Instant.now())) {
            token = new Token(runGetTokenScript(username), Instant.now());
            SIGNED_IN.put(username, token);
        }
        return token.value();
    }

    private static String runGetTokenScript(String username) {
        Path root = StackOptions.defaults().repositoryRoot();
        ProcessBuilder script = new ProcessBuilder("bash", "scripts/get-token.sh", username).directory(root.toFile());
        script.environment().remove("CLOUDSHOP_PASSWORD");
        script.environment().remove("AUTH_URL");
        try {
            Process process = script.start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("scripts/get-token.sh " + username + " did not finish within 60 s");
            }
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0 || stdout.isEmpty()) {
                throw new AssertionError("scripts/get-token.sh " + username + " exited with " + process.exitValue()
                        + ": " + stderr);
            }
            return stdout;
        } catch (IOException e) {
            throw new AssertionError("Could not run scripts/get-token.sh " + username + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
