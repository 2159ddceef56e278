package app.throughline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at an uploaded file before any parser does: size, a zip archive's real uncompressed size,
 * entry count and compression ratio (zip bombs), and XML document type declarations (external
 * entities, "billion laughs"): plan files never need one. Throws {@link ImportFailure} on the first
 * problem.
 */
final class PlanFileScreen {

    /** Largest upload read at all (the HTTP layer refuses larger bodies with 413 before reading). */
    static final long MAX_FILE_BYTES = 31L * 1024 * 1024;
    /** Most bytes a zip archive may unpack to. */
    static final long MAX_UNZIPPED_BYTES = 256L * 1024 * 1024;
    /** Most entries in a zip archive. */
    static final int MAX_ZIP_ENTRIES = 10_000;
    /** Highest ratio of unpacked to packed size. */
    static final long MAX_ZIP_RATIO = 100;

    private PlanFileScreen() {}

    static void check(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportFailure("unreadable-file", "The uploaded file could not be read");
        }
        if (size == 0) {
            throw new ImportFailure("empty-file", "The uploaded file is empty");
        }
        if (size > MAX_FILE_BYTES) {
            throw new ImportFailure(
                    "file-too-large", "The file has " + size + " bytes; at most " + MAX_FILE_BYTES + " are read");
        }
        byte[] head = head(file, 4);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            checkZip(file, size);
        }
        checkNoDocumentType(file);
    }

    private static void checkZip(Path file, long packedSize) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw bomb("it has more than " + MAX_ZIP_ENTRIES + " entries");
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED_BYTES) {
                        throw bomb("it unpacks to more than " + MAX_UNZIPPED_BYTES + " bytes");
                    }
                    if (total > 1024 * 1024 && total / Math.max(1, packedSize) > MAX_ZIP_RATIO) {
                        throw bomb("it unpacks to more than " + MAX_ZIP_RATIO + " times its size");
                    }
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    // the XML inside an archive gets the same check as a plain XML file
                    checkEntryNoDocumentType(file, entry.getName());
                }
            }
        } catch (IOException e) {
            throw new ImportFailure("corrupt-archive", "The file looks like a zip archive but cannot be unpacked");
        }
    }

    private static ImportFailure bomb(String why) {
        return new ImportFailure("archive-too-large", "The archive is refused: " + why);
    }

    private static void checkEntryNoDocumentType(Path file, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    scan(zip);
                    return;
                }
            }
        }
    }

    private static void checkNoDocumentType(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            scan(in);
        } catch (IOException e) {
            throw new ImportFailure("unreadable-file", "The uploaded file could not be read");
        }
    }

    /**
     * Refuses {@code <!DOCTYPE} and {@code <!ENTITY} anywhere in the stream, in single-byte
     * encodings and in UTF-16 (zero bytes are skipped, so "<\0!\0D\0..." is caught too).
     */
    private static void scan(InputStream in) throws IOException {
        byte[][] needles = {
            "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII), "<!ENTITY".getBytes(StandardCharsets.US_ASCII)
        };
        int[] matched = new int[needles.length];
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int k = 0; k < n; k++) {
                byte b = buffer[k];
                if (b == 0) {
                    continue;
                }
                byte upper = b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
                for (int x = 0; x < needles.length; x++) {
                    byte[] needle = needles[x];
                    if (upper == needle[matched[x]]) {
                        if (++matched[x] == needle.length) {
                            throw new ImportFailure(
                                    "xml-doctype",
                                    "The file declares an XML document type or entities, which plan files never"
                                            + " need; it is refused so that no external entity is ever resolved");
                        }
                    } else {
                        matched[x] = upper == needle[0] ? 1 : 0;
                    }
                }
            }
        }
    }

    private static byte[] head(Path file, int count) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw new ImportFailure("unreadable-file", "The uploaded file could not be read");
        }
    }
}
