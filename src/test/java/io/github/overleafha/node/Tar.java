package io.github.overleafha.node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads a gzipped ustar archive of plain files, as tar unpacks it on a node: name to mode and text. */
final class Tar {

    private static final int BLOCK = 512;

    record Entry(int mode, String content) {
    }

    private Tar() {
    }

    static Map<String, Entry> entries(byte[] gzipped) {
        byte[] tar;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            tar = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int offset = 0;
        while (offset + BLOCK <= tar.length && tar[offset] != 0) {
            String name = field(tar, offset, 100);
            int mode = Integer.parseInt(field(tar, offset + 100, 8).trim(), 8);
            int size = Integer.parseInt(field(tar, offset + 124, 12).trim(), 8);
            char type = (char) tar[offset + 156];
            if (type != '0' && type != '\0') {
                throw new IllegalArgumentException("not a plain file in the archive: " + name);
            }
            String content = new String(tar, offset + BLOCK, size, StandardCharsets.UTF_8);
            entries.put(name, new Entry(mode, content));
            offset += BLOCK + (size + BLOCK - 1) / BLOCK * BLOCK;
        }
        return entries;
    }

    private static String field(byte[] tar, int offset, int length) {
        byte[] bytes = Arrays.copyOfRange(tar, offset, offset + length);
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.US_ASCII);
    }
}
