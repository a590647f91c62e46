package org.jkeops.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** jkeops.simd.chunkBytes is read strictly: a value that is no number fails, naming the property. */
class ParallelTest {
    @AfterEach
    void clear() {
        System.clearProperty(Parallel.CHUNK_BYTES_PROPERTY);
    }

    @Test
    void aChunkSizeThatIsNoNumberIsAnError() {
        for (String bad : new String[] {"abc", "256k", "1e6"}) {
            System.setProperty(Parallel.CHUNK_BYTES_PROPERTY, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.jChunk(1300, 160, 64));
            assertEquals("system property jkeops.simd.chunkBytes: not a whole number of bytes: '" + bad
                    + "' (0 or less turns the chunks off)", e.getMessage());
        }
    }

    @Test
    void numbersUnsetAndBlankKeepTheirMeaning() {
        System.setProperty(Parallel.CHUNK_BYTES_PROPERTY, " 90000 ");
        assertEquals(512, Parallel.jChunk(1300, 160, 64));
        System.setProperty(Parallel.CHUNK_BYTES_PROPERTY, "0");
        assertEquals(1300, Parallel.jChunk(1300, 160, 64), "0: off, one sweep");
        System.setProperty(Parallel.CHUNK_BYTES_PROPERTY, "-7");
        assertEquals(1300, Parallel.jChunk(1300, 160, 64), "negative: off, one sweep");
        System.setProperty(Parallel.CHUNK_BYTES_PROPERTY, "");
        assertEquals(160, Parallel.jChunk(20_000, 1536, 32), "blank: the default, 256 KiB");
        System.clearProperty(Parallel.CHUNK_BYTES_PROPERTY);
        assertEquals(160, Parallel.jChunk(20_000, 1536, 32), "unset: the default");
    }
}
