package org.qinqing.hall.rest.internal.auth;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Only a literal loopback address counts as the hall's own machine; nothing is looked up. */
public class LoopbackAccessTest {

    @Test
    public void loopbackAddressesOfBothFamiliesAreLocal() {
        assertTrue(LoopbackAccess.isLoopback("127.0.0.1"));
        assertTrue(LoopbackAccess.isLoopback("127.3.4.5"));
        assertTrue(LoopbackAccess.isLoopback("0:0:0:0:0:0:0:1"));
        assertTrue(LoopbackAccess.isLoopback("::1"));
    }

    @Test
    public void otherAddressesAndNamesAreNotLocal() {
        assertFalse(LoopbackAccess.isLoopback("10.0.0.7"));
        assertFalse(LoopbackAccess.isLoopback("192.168.1.20"));
        assertFalse(LoopbackAccess.isLoopback("fe80::1"));
        assertFalse(LoopbackAccess.isLoopback("localhost"));
        assertFalse(LoopbackAccess.isLoopback(""));
        assertFalse(LoopbackAccess.isLoopback(null));
    }
}
