package app.throughline.attachment;

import app.throughline.api.ApiException;
import app.throughline.api.PayloadTooLarge;

/** The problems an upload can meet. */
final class AttachmentProblems {

    private AttachmentProblems() {}

    static final class TooLarge extends PayloadTooLarge {
        TooLarge(long size, long max) {
            super(
                    "attachment-too-large",
                    "Attachment too large",
                    "The file has " + size + " bytes; attachments may have at most " + max);
            with("maxBytes", max);
        }
    }

    static final class TypeNotAllowed extends ApiException {
        TypeNotAllowed(String contentType, java.util.List<String> allowed) {
            super(
                    415,
                    "attachment-type-not-allowed",
                    "File type not allowed",
                    "Files of type " + contentType + " cannot be attached; allowed are " + String.join(", ", allowed));
            with("allowedTypes", allowed);
        }
    }

    static final class Refused extends ApiException {
        Refused(String reason) {
            super(422, "attachment-refused", "File refused by the virus scanner", "The file was not stored: " + reason);
        }
    }
}
