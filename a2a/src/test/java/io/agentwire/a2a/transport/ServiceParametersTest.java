package io.agentwire.a2a.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Version negotiation compares Major.Minor only, and absent or empty means 0.3. */
class ServiceParametersTest {
    @Test
    void patchNumbersAreDroppedAndMissingMinorsAreZero() {
        assertEquals("1.0", ServiceParameters.majorMinor("1.0"));
        assertEquals("1.0", ServiceParameters.majorMinor("1.0.1"));
        assertEquals("1.0", ServiceParameters.majorMinor(" 1.0.1 "));
        assertEquals("1.0", ServiceParameters.majorMinor("1"));
        assertEquals("1.0", ServiceParameters.majorMinor("1."));
        assertEquals("0.3", ServiceParameters.majorMinor("0.3"));
        assertEquals("2.1", ServiceParameters.majorMinor("2.1.7.9"));
    }

    @Test
    void absentOrBlankMeansTheLegacyVersion() {
        assertEquals(ServiceParameters.LEGACY_VERSION, ServiceParameters.majorMinor(null));
        assertEquals(ServiceParameters.LEGACY_VERSION, ServiceParameters.majorMinor(""));
        assertEquals(ServiceParameters.LEGACY_VERSION, ServiceParameters.majorMinor("  "));
    }
}
