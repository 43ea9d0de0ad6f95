package org.qinqing.hall.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Every mapper of the platform reads and writes numbers the same way, and exactly. */
public class JsonMappersTest {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    /** A request body as a client sends it: decimals a double cannot hold, integers past a double's 53 bits. */
    private static final String BODY = "{\"fee\":0.1,\"area\":1.50,\"big\":12345678901234567890.123456789,\"id\":9007199254740993,"
            + "\"count\":42,\"huge\":123456789012345678901234567890}";

    @Test
    public void theSameBodyReadsAsTheSameExactValuesThroughEveryMapperAndWritesBackTheSame() throws Exception {
        List<ObjectMapper> mappers = List.of(JsonMappers.api(), JsonMappers.stored(), JsonMappers.builder().build());
        Map<String, Object> first = null;
        for (ObjectMapper m : mappers) {
            Map<String, Object> read = m.readValue(BODY, MAP);
            assertEquals(new BigDecimal("0.1"), read.get("fee"));
            assertEquals("scale kept", new BigDecimal("1.50"), read.get("area"));
            assertEquals(new BigDecimal("12345678901234567890.123456789"), read.get("big"));
            assertEquals(9007199254740993L, read.get("id"));
            assertEquals(42, read.get("count"));
            assertEquals(new BigInteger("123456789012345678901234567890"), read.get("huge"));
            String written = m.writeValueAsString(read);
            assertTrue(written, written.contains("\"area\":1.50") && written.contains("\"id\":9007199254740993"));
            for (ObjectMapper other : mappers) {
                assertEquals("written by one, read by another: the same values", read, other.readValue(written, MAP));
            }
            if (first != null) {
                assertEquals(first, read);
            }
            first = read;
        }
    }

    @Test
    public void aDecimalInScientificNotationIsWrittenPlain() throws Exception {
        assertEquals("{\"sci\":100}", JsonMappers.stored().writeValueAsString(JsonMappers.api().readValue("{\"sci\":1E+2}", MAP)));
    }

    @Test
    public void treesKeepTheScaleOfDecimalsToo() throws Exception {
        JsonNode n = JsonMappers.stored().readTree("{\"area\":1.50}");
        assertEquals(new BigDecimal("1.50"), n.get("area").decimalValue());
        assertEquals("{\"area\":1.50}", JsonMappers.stored().writeValueAsString(n));
    }

    @Test
    public void theApiIsStrictAndStoredJsonLenientOnUnknownFields() throws Exception {
        record Fee(BigDecimal fee) {
        }
        assertEquals(new BigDecimal("0.1"), JsonMappers.stored().readValue("{\"fee\":0.1,\"later\":1}", Fee.class).fee());
        try {
            JsonMappers.api().readValue("{\"fee\":0.1,\"later\":1}", Fee.class);
            fail("unknown field");
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException expected) {
            assertEquals("later", expected.getPropertyName());
        }
        try {
            JsonMappers.api().readValue("{\"fee\":1" + "0".repeat(40) + "}", Fee.class);
            fail("number too long");
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException expected) {
            // 40 characters at most
        }
    }
}
