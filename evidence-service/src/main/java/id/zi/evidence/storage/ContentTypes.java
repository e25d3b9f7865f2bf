package id.zi.evidence.storage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What kinds of file count as evidence, decided from the bytes (Tika's magic numbers), never from the
 * type the client claims. The name only refines a container Tika cannot tell apart from its first bytes
 * (an old Office file is an OLE2 container, a new one a ZIP), and must agree with what the bytes are, so a
 * renamed executable or a photo called {@code .pdf} is refused rather than stored under a false name.
 */
public final class ContentTypes {

    /** Allowed types with the name we give each in messages. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word 97-2003"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.ms-excel", "Excel 97-2003"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint 97-2003"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/gif", "GIF image"),
            Map.entry("image/webp", "WebP image"),
            Map.entry("image/heic", "HEIC image"),
            Map.entry("image/heif", "HEIF image"),
            Map.entry("video/mp4", "MP4 video"),
            Map.entry("video/quicktime", "QuickTime video"),
            Map.entry("video/webm", "WebM video"),
            Map.entry("video/3gpp", "3GP video"),
            Map.entry("video/x-msvideo", "AVI video"));

    /** How many leading bytes the detection looks at; enough for every magic number of the allowed types. */
    public static final int HEAD = 8192;

    private static final Tika TIKA = new Tika();
    private static final MimeTypes REGISTRY = MimeTypes.getDefaultMimeTypes();

    private ContentTypes() {
    }

    /**
     * @param head     the first bytes of the file (at most {@link #HEAD})
     * @param fileName the name the uploader gave, already checked for path tricks
     * @return the allowed media type of the bytes
     * @throws UploadRejected when the bytes are not an allowed type, or the name's extension says otherwise
     */
    public static String detect(byte[] head, String fileName) throws UploadRejected {
        String detected = TIKA.detect(head, fileName);
        if (!ALLOWED.containsKey(detected)) {
            throw new UploadRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, "file",
                    "the file's content is " + detected + ", which is not accepted as evidence; send a PDF, an Office or OpenDocument"
                            + " file, an image (JPEG, PNG, GIF, WebP, HEIC) or a video (MP4, MOV, WebM, 3GP, AVI)");
        }
        String extension = extension(fileName);
        if (extension != null && !extensionsOf(detected).contains(extension)) {
            throw new UploadRejected(UploadRejected.Reason.NAME_MISMATCH, "file",
                    "the file is named ." + extension.substring(1) + " but its content is a " + ALLOWED.get(detected)
                            + "; rename it to " + extensionsOf(detected) + " or send the right file");
        }
        return detected;
    }

    /** The extensions a type is known by, lower case with the dot, e.g. {@code [.jpg, .jpeg, ...]}. */
    static List<String> extensionsOf(String mediaType) {
        try {
            MimeType type = REGISTRY.forName(mediaType);
            return type.getExtensions().stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        } catch (MimeTypeException e) {
            return List.of();
        }
    }

    /** The usual extension for a type, for names of files in packages. */
    public static String preferredExtension(String mediaType) {
        List<String> extensions = extensionsOf(mediaType);
        return extensions.isEmpty() ? "" : extensions.getFirst();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? null : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
