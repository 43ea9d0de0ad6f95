package org.qinqing.hall.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.qinqing.hall.json.JsonMappers;

/** The JSON configuration of the API: the platform's one ({@link JsonMappers#api()}), strict on input, no nulls on output. */
public final class Json {

    private Json() {
    }

    /** @return the mapper: unknown fields, trailing tokens and null primitives are errors; decimals read exactly */
    public static ObjectMapper mapper() {
        return JsonMappers.api();
    }
}
