import io.minio.BucketExistsArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of bench/evidence-upload.sh: the same bytes written straight to the S3 server, by the same
 * MinIO client the evidence service uses (run it with the service's own class path), the same way: a stream
 * of unknown length in multipart parts of the service's part size.
 *
 * <p>{@code put ENDPOINT ACCESS SECRET BUCKET KEY FILE PART_BYTES}: uploads, checks the stored size, removes
 * the object again and prints the seconds the upload took (JVM start excluded, as the service's is).
 * {@code presign-put ENDPOINT ACCESS SECRET BUCKET KEY}: creates the bucket if needed and prints a presigned
 * PUT URL valid for an hour, for the curl baseline.
 */
public class S3Baseline {

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: S3Baseline put|presign-put ENDPOINT ACCESS SECRET BUCKET KEY [FILE PART_BYTES]");
            System.exit(2);
        }
        String mode = args[0];
        String bucket = args[4];
        String key = args[5];
        // Built as the platform starter builds the service's client. Closed at the end: OkHttp's idle threads
        // would otherwise keep this JVM alive for another minute.
        try (MinioClient client = MinioClient.builder().endpoint(args[1]).credentials(args[2], args[3]).region("us-east-1").build()) {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            switch (mode) {
                case "put" -> put(client, bucket, key, Path.of(args[6]), Long.parseLong(args[7]));
                case "presign-put" -> System.out.println(client.getPresignedObjectUrl(
                        GetPresignedObjectUrlArgs.builder().method(Http.Method.PUT).bucket(bucket).object(key).expiry(3600).build()));
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        }
    }

    private static void put(MinioClient client, String bucket, String key, Path file, long partSize) throws Exception {
        long expected = Files.size(file);
        long start = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(in, -1L, partSize)
                    .contentType("application/pdf").build());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size();
        client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        if (stored != expected) {
            throw new IllegalStateException("the S3 server kept " + stored + " bytes of " + expected);
        }
        System.out.printf("%.3f%n", seconds);
    }
}
