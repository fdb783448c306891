package org.mirsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mirsad.json.Json;
import org.mirsad.model.Block;

class ColumnsTest {

    /** The body column as the mapper writes a list of maps (how it was written before). */
    private static String byMapper(List<Block> blocks) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        for (Block b : blocks) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("kind", b.kind().name().toLowerCase(Locale.ROOT));
            m.put("text", b.text());
            out.add(m);
        }
        return Json.mapper().writeValueAsString(out);
    }

    @Test
    void bodyIsWrittenAsTheMapperWritesItsBlocksAndReadBackWhole() throws Exception {
        List<Block> blocks = List.of(
                Block.paragraph("قال الوزير: \"لن نتراجع\" \\ ثم غادر."),
                new Block(Block.Kind.SUBHEAD, "عنوان\tفرعي\nبسطرين \u0001 وإشارة 😀"),
                Block.paragraph(""),
                Block.paragraph("</script> & 'single' \u2028 \u00A0 end"));
        for (List<Block> b : List.of(blocks, List.<Block>of(), blocks.subList(1, 2))) {
            String json = Columns.body(b);
            assertThat(json).isEqualTo(byMapper(b));
            assertThat(Columns.blocks(json)).isEqualTo(b);
        }
        // Fields in either order, and unknown ones, read as the map reading read them.
        assertThat(Columns.blocks("[{\"text\":\"نص\",\"x\":1,\"kind\":\"paragraph\"}]"))
                .containsExactly(Block.paragraph("نص"));
        assertThatThrownBy(() -> Columns.blocks("[{\"kind\":\"paragraph\",\"text\":\"a\"},3]"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Columns.blocks("[{\"kind\":\"paragraph\",\"text\":\"a\"}"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Columns.blocks("{}")).isInstanceOf(StoreException.class);
    }
}
