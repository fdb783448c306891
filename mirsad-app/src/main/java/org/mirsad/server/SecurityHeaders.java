package org.mirsad.server;

import io.javalin.Javalin;

/**
 * Headers on every response. Article text is scraped from the web and untrusted: the UI renders it
 * only as text, and the Content-Security-Policy forbids any script but the server's own files, so
 * even a rendering mistake cannot run a script from data (OWASP XSS Prevention Cheat Sheet).
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void register(Javalin app) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
    }
}
