package org.qinqing.hall.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The platform's ObjectMappers, one configuration. Numbers: a decimal reads as a
 * {@link java.math.BigDecimal} with its digits and scale as written (never a {@code double}, which
 * would turn {@code 0.1} into {@code 0.1000000000000000055…} or lose the 17th digit); an integer
 * as an {@code Integer}, a {@code Long} or a {@code BigInteger}, the smallest that holds it; a
 * {@code BigDecimal} is written plain ({@code 100}, never {@code 1E+2}). At most 40 characters a
 * number, 32 levels of nesting, a million characters a string.
 */
public final class JsonMappers {

    private JsonMappers() {
    }

    /** @return a mapper for stored JSON and internal use: lenient on unknown fields (a newer release may add some) */
    public static ObjectMapper stored() {
        return builder().build();
    }

    /**
     * @return the mapper of the REST API: strict on input (unknown fields, trailing tokens, null
     *         primitives and duplicate keys are errors), no nulls on output
     */
    public static ObjectMapper api() {
        return builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** @return the common configuration, to add to (e.g. pretty printing for a file people read) */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(1_000_000).maxNumberLength(40).build())
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }
}
