package org.mirsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueriesTest {

    @Test
    void everyNamedQueryPreparesAgainstTheSchema(@TempDir Path dir) throws Exception {
        Store.open(dir).close();
        assertThat(Queries.all()).isNotEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE_FILE))) {
            // The connection's temporary table of stories to refresh, as Store creates it before use.
            try (PreparedStatement p = c.prepareStatement(Queries.get("create_noted_stories"))) {
                p.executeUpdate();
            }
            for (Map.Entry<String, String> q : Queries.all().entrySet()) {
                try (PreparedStatement p = c.prepareStatement(q.getValue())) {
                    assertThat(p).as(q.getKey()).isNotNull();
                }
            }
        }
    }

    @Test
    void namesAnUnknownQuery() {
        assertThatThrownBy(() -> Queries.get("no_such")).hasMessage("no query named 'no_such' in queries.sql");
    }

    @Test
    void splitsMigrationsAtLineEndSemicolons() {
        assertThat(Migrations.statements("-- a comment;\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE INDEX i\n  ON a(x);\n"))
                .containsExactly("CREATE TABLE a (x TEXT DEFAULT ';');", "CREATE INDEX i\n  ON a(x);");
        assertThat(Migrations.statements("")).isEmpty();
    }
}
