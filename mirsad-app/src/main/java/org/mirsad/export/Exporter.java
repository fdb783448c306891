package org.mirsad.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import org.mirsad.json.Json;
import org.mirsad.store.Store;

/**
 * Streams one table of a data directory to JSONL or CSV, row by row from a read-only connection to
 * its SQLite database, so an export of millions of rows holds one row at a time.
 */
public final class Exporter {

    public enum Format { JSONL, CSV }

    private Exporter() {
    }

    /** @return the number of rows written */
    public static long export(Path dataDir, ExportTable table, Format format, Writer out) throws IOException {
        Path db = dataDir.resolve(Store.DATABASE_FILE);
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException(dataDir + ": no Mirsad data here (no " + Store.DATABASE_FILE + ")");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
             PreparedStatement st = c.prepareStatement(table.query());
             ResultSet rs = st.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            if (format == Format.CSV) {
                for (int i = 1; i <= columns; i++) {
                    out.write((i > 1 ? "," : "") + Csv.field(meta.getColumnLabel(i)));
                }
                out.write("\r\n");
            }
            long rows = 0;
            while (rs.next()) {
                if (format == Format.CSV) {
                    for (int i = 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        out.write((i > 1 ? "," : "") + (v == null ? "" : Csv.field(v.toString())));
                    }
                    out.write("\r\n");
                } else {
                    ObjectNode o = Json.mapper().createObjectNode();
                    for (int i = 1; i <= columns; i++) {
                        put(o, meta.getColumnLabel(i), meta.getColumnType(i), rs, i);
                    }
                    out.write(Json.line(o));
                    out.write('\n');
                }
                rows++;
            }
            out.flush();
            return rows;
        } catch (SQLException e) {
            throw new IOException(dataDir + ": cannot export " + table.name().toLowerCase() + ": " + e.getMessage(), e);
        }
    }

    private static void put(ObjectNode o, String name, int type, ResultSet rs, int i) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null) {
            o.putNull(name);
        } else if (v instanceof Integer || v instanceof Long) {
            o.put(name, ((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float || type == Types.REAL) {
            o.put(name, ((Number) v).doubleValue());
        } else {
            o.put(name, v.toString());
        }
    }
}
