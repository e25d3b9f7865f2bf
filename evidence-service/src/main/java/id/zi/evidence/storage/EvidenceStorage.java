package id.zi.evidence.storage;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.Http;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence bucket, behind a circuit breaker: while the S3 server fails, calls are refused at once
 * with {@link StorageUnavailable} instead of each waiting for a timeout. A rejected upload (the client's
 * fault) and a missing object are answers, not failures, and do not count against the breaker.
 */
public class EvidenceStorage {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

    private final MinioClient client;
    private final String bucket;
    private final CircuitBreaker breaker;
    private final long partSize;
    private volatile boolean bucketReady;

    public EvidenceStorage(MinioClient client, String bucket, CircuitBreaker breaker, long partSize) {
        this.client = client;
        this.bucket = bucket;
        this.breaker = breaker;
        this.partSize = partSize;
    }

    public String bucket() {
        return bucket;
    }

    /** Refuses at once while the breaker is open, before a client sends a large body for nothing. */
    public void requireAvailable() {
        if (!breaker.tryAcquirePermission()) {
            throw new StorageUnavailable("the evidence store is unavailable; try again in a few seconds", null);
        }
        breaker.releasePermission();
    }

    /**
     * Stores a stream of unknown length under {@code key}; the S3 multipart upload holds one part in memory.
     *
     * @throws UploadRejected     when the stream itself refused the bytes (nothing is kept)
     * @throws StorageUnavailable when the store failed
     */
    public void put(String key, InputStream content, String contentType, Map<String, String> metadata) throws UploadRejected {
        ensureBucket();
        call("store " + key, () -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(content, -1L, partSize).contentType(contentType).userMetadata(metadata).build()));
    }

    /** The object's bytes, streamed from the store; the caller closes it. */
    public GetObjectResponse open(String key) throws UploadRejected {
        return call("read " + key, () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    /** A link that lets whoever holds it download the object until it expires, named as the uploader named it. */
    public String presignedDownload(String key, Duration ttl, String contentDisposition, String contentType) throws UploadRejected {
        return call("sign " + key, () -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Http.Method.GET).bucket(bucket)
                .object(key).expiry((int) ttl.toSeconds())
                .extraQueryParams(Map.of("response-content-disposition", contentDisposition, "response-content-type", contentType))
                .build()));
    }

    public boolean exists(String key) throws UploadRejected {
        return call("look up " + key, () -> {
            try {
                client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
                return true;
            } catch (ErrorResponseException e) {
                if ("NoSuchKey".equals(e.errorResponse().code())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Removes the object; removing one that is not there is not an error. */
    public void remove(String key) throws UploadRejected {
        call("remove " + key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    private void ensureBucket() throws UploadRejected {
        if (bucketReady) {
            return;
        }
        call("create bucket " + bucket, () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                log.info("created evidence bucket {}", bucket);
            }
            return null;
        });
        bucketReady = true;
    }

    private <T> T call(String what, Callable<T> action) throws UploadRejected {
        if (!breaker.tryAcquirePermission()) {
            throw new StorageUnavailable("the evidence store is unavailable; try again in a few seconds",
                    CallNotPermittedException.createCallNotPermittedException(breaker));
        }
        long start = System.nanoTime();
        try {
            T result = action.call();
            breaker.onResult(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS, result);
            return result;
        } catch (Exception e) {
            UploadRejected rejected = UploadRejected.in(e);
            if (rejected != null) {
                // The client's fault, not the store's: the breaker hears of a success.
                breaker.onSuccess(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
                throw rejected;
            }
            breaker.onError(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS, e);
            log.warn("evidence store failed to {}: {}", what, e.toString());
            throw new StorageUnavailable("the evidence store failed to " + what + "; nothing was kept, try again later", e);
        }
    }
}
