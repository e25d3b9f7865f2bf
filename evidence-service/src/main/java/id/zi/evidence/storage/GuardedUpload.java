package id.zi.evidence.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The uploaded bytes on their way to the object store: the type is decided from the first bytes before
 * anything is stored, the SHA-256 and the size are computed while the bytes pass, and the stream fails as
 * soon as it passes the limit, so an over-limit file is never read to its end nor kept. Only a small
 * buffer is ever held: memory does not grow with the file.
 */
public final class GuardedUpload extends FilterInputStream {

    private final MessageDigest sha256;
    private final long limit;
    private final String limitReason;
    private final String contentType;
    private final Runnable progress;
    private long size;
    private long lastProgressAt = System.nanoTime();

    private GuardedUpload(InputStream in, long limit, String limitReason, String contentType, Runnable progress) {
        super(in);
        this.limit = limit;
        this.limitReason = limitReason;
        this.contentType = contentType;
        this.progress = progress;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Looks at the first bytes and returns the stream to store, positioned at the start of the file.
     *
     * @param limit       the most bytes the file may have
     * @param limitReason what sets the limit, for the message, e.g. "the 512.0 MiB a file may have"
     * @param progress called now and then while bytes pass (at most every 10 s), to show the upload is alive
     */
    public static GuardedUpload open(InputStream in, String fileName, long limit, String limitReason, Runnable progress)
            throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, ContentTypes.HEAD);
        byte[] head = readHead(pushback);
        if (head.length == 0) {
            throw new UploadRejected(UploadRejected.Reason.EMPTY, "file", "the file is empty");
        }
        String type = ContentTypes.detect(head, fileName);
        pushback.unread(head);
        return new GuardedUpload(pushback, limit, limitReason, type, progress);
    }

    public String contentType() {
        return contentType;
    }

    /** Bytes read so far; the file's size once the stream is exhausted. */
    public long size() {
        return size;
    }

    /** The hex SHA-256 of everything read; call once the stream is exhausted. */
    public String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public int read() throws IOException {
        int b = readFromClient(() -> super.read());
        if (b >= 0) {
            passed(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = readFromClient(() -> super.read(buffer, offset, length));
        if (n > 0) {
            passed(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would escape the checksum; read them instead.
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private static byte[] readHead(InputStream in) throws IOException {
        byte[][] head = new byte[1][];
        readFromClient(() -> {
            head[0] = in.readNBytes(ContentTypes.HEAD);
            return head[0].length;
        });
        return head[0];
    }

    private interface Read {
        int read() throws IOException;
    }

    /** A connection that breaks mid-file is the client's failure, never the store's: it must not trip the breaker. */
    private static int readFromClient(Read read) throws IOException {
        try {
            return read.read();
        } catch (UploadRejected e) {
            throw e;
        } catch (IOException e) {
            UploadRejected interrupted = new UploadRejected(UploadRejected.Reason.INCOMPLETE, "file",
                    "the upload was interrupted before the file ended; nothing was kept");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    private void passed(byte[] buffer, int offset, int n) throws UploadRejected {
        size += n;
        if (size > limit) {
            throw new UploadRejected(UploadRejected.Reason.TOO_LARGE, "file",
                    "the file is larger than " + limitReason + "; nothing was kept");
        }
        sha256.update(buffer, offset, n);
        long now = System.nanoTime();
        if (now - lastProgressAt > 10_000_000_000L) {
            lastProgressAt = now;
            progress.run();
        }
    }
}
