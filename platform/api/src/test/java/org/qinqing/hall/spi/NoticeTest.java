package org.qinqing.hall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import org.junit.Test;

public class NoticeTest {

    @Test
    public void theBuilderMakesTheSameNoticeAsTheConstructorAndNamesAMissingAttribute() {
        Instant at = Instant.parse("2026-03-09T02:00:00Z");
        Notice built = Notice.builder().id(7).caseOf("NS1", "police").rung("RED", "DEPARTMENT_HEAD").message("已超期").at(at).build();
        assertEquals(new Notice(7, "NS1", "police", "RED", "DEPARTMENT_HEAD", "已超期", at), built);
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> Notice.builder().caseOf("NS1", "police").rung("RED", "DEPARTMENT").at(at).build());
        assertEquals("message", missing.getMessage());
    }
}
