package app.throughline.attachment;

/**
 * Looks at an uploaded file before it is stored. The default ({@link NoVirusScanner}) accepts
 * everything; a deployment plugs in a real scanner (ClamAV, a cloud API) by providing another bean
 * of this type.
 */
public interface VirusScanner {

    /** What the scanner decided; {@code reason} says what was found when the file is refused. */
    record Verdict(boolean clean, String reason) {
        public static Verdict ok() {
            return new Verdict(true, null);
        }

        public static Verdict infected(String reason) {
            return new Verdict(false, reason);
        }
    }

    Verdict scan(String fileName, String contentType, byte[] content);
}
