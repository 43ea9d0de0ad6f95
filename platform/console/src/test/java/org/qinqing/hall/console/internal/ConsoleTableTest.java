package org.qinqing.hall.console.internal;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class ConsoleTableTest {

    private static List<String> print(ConsoleTable t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        t.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    public void chineseNamesTakeTwoColumnsEachSoTheSeparatorsLineUp() {
        ConsoleTable t = new ConsoleTable();
        t.column("Code");
        t.column("Name");
        t.column("Items").alignRight();
        t.addRow().addContent("hr", "南山区人力资源局", 24);
        t.addRow().addContent("planning", "深圳市规划和自然资源局南山管理局", 16);
        List<String> lines = print(t);
        assertEquals("Code     | Name                             | Items", lines.get(0));
        assertEquals("---------+----------------------------------+------", lines.get(1));
        assertEquals("hr       | 南山区人力资源局                 |    24", lines.get(2));
        assertEquals("planning | 深圳市规划和自然资源局南山管理局 |    16", lines.get(3));
        int bar = ConsoleTable.width(lines.get(0).substring(0, lines.get(0).lastIndexOf('|')));
        for (String line : List.of(lines.get(2), lines.get(3))) {
            assertEquals(line, bar, ConsoleTable.width(line.substring(0, line.lastIndexOf('|'))));
        }
    }

    @Test
    public void longCellsAreCutOrWrappedByColumnsNotCharacters() {
        assertEquals("深圳市…", ConsoleTable.cut("深圳市规划和自然资源局", 7));
        assertEquals("abcdef…", ConsoleTable.cut("abcdefghij", 7));
        assertEquals(List.of("深圳市", "规划和", "自然"), ConsoleTable.wrap("深圳市规划和自然", 6));
        ConsoleTable t = new ConsoleTable();
        t.column("Status");
        t.column("Message").maxSize(6).wrap();
        t.addRow().addContent("REFUSED", "编码重复了");
        List<String> lines = print(t);
        assertEquals("REFUSED | 编码重", lines.get(2));
        assertEquals("        | 复了", lines.get(3));
    }
}
