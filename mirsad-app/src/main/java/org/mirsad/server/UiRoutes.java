package org.mirsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web UI: one HTML shell for every page (search, article, story, entity), filled in by
 * {@code app.js} from the JSON API. Assets come from the jar ({@code org/mirsad/ui}); nothing from a CDN.
 */
final class UiRoutes {

    static final String ASSETS = "/assets";
    static final String RESOURCES = "/org/mirsad/ui";
    private static final byte[] SHELL = load("index.html");

    private UiRoutes() {
    }

    static void register(Javalin app) {
        for (String page : new String[] {"/", "/articles/{id}", "/stories", "/stories/{id}", "/entities",
                "/entities/{id}"}) {
            app.get(page, UiRoutes::shell);
        }
    }

    private static void shell(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(SHELL);
    }

    private static byte[] load(String name) {
        try (InputStream in = UiRoutes.class.getResourceAsStream(RESOURCES + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing UI resource " + RESOURCES + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
