package org.qinqing.hall.cases.internal;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;
import org.qinqing.hall.json.JsonMappers;

/** A form value keeps its exact value from the REST body to the case's stored form and back. */
public class JsonCodecTest {

    @Test
    public void decimalsAndLongsFromARequestBodyReadBackFromTheStoredFormAsTheSameValues() throws Exception {
        Map<String, Object> fromRest = JsonMappers.api().readValue(
                "{\"fee\":0.1,\"area\":1.50,\"big\":12345678901234567890.123456789,\"id\":9007199254740993,\"count\":3}",
                new TypeReference<LinkedHashMap<String, Object>>() { });
        Map<String, Object> stored = JsonCodec.readForm(JsonCodec.form(fromRest));
        assertEquals(fromRest, stored);
        assertEquals(new BigDecimal("1.50"), stored.get("area"));
        assertEquals(9007199254740993L, stored.get("id"));
        assertEquals("and the REST answer writes them as they came",
                JsonMappers.api().writeValueAsString(fromRest), JsonMappers.api().writeValueAsString(stored));
    }
}
