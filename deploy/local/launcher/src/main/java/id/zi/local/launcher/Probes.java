package id.zi.local.launcher;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Health checks that speak just enough of each protocol to know a server really serves, with no client
 * libraries: the launcher stays a single dependency-free jar.
 */
final class Probes {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Probes() {
    }

    /** True when {@code GET uri} answers 200. */
    static boolean httpOk(URI uri) {
        return httpStatus(uri) == 200;
    }

    /** The status of {@code GET uri}, or -1 when nothing answers. */
    static int httpStatus(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * True when a Kafka broker on {@code port} answers a Metadata request (v4, the oldest Kafka 4 serves) with at
     * least one broker and a known controller; the port opens before the broker accepts requests.
     */
    static boolean kafkaReady(int port) {
        try (Socket socket = connect(port)) {
            byte[] clientId = "zi-launcher".getBytes(StandardCharsets.UTF_8);
            ByteBuffer request = ByteBuffer.allocate(4 + 2 + 2 + 4 + 2 + clientId.length + 4 + 1);
            request.putInt(request.capacity() - 4);
            request.putShort((short) 3); // api key: Metadata
            request.putShort((short) 4); // api version
            request.putInt(1); // correlation id
            request.putShort((short) clientId.length).put(clientId);
            request.putInt(0); // no topics: brokers and controller only
            request.put((byte) 0); // allow_auto_topic_creation = false
            OutputStream out = socket.getOutputStream();
            out.write(request.array());
            out.flush();

            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            if (size < 12 || size > 1_000_000) {
                return false;
            }
            ByteBuffer response = ByteBuffer.wrap(in.readNBytes(size));
            if (response.getInt() != 1) {
                return false;
            }
            response.getInt(); // throttle time
            int brokers = response.getInt();
            for (int i = 0; i < brokers; i++) {
                response.getInt(); // node id
                skipKafkaString(response); // host
                response.getInt(); // port
                skipKafkaString(response); // rack
            }
            skipKafkaString(response); // cluster id
            int controller = response.getInt();
            return brokers > 0 && controller >= 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void skipKafkaString(ByteBuffer buffer) {
        short length = buffer.getShort();
        if (length > 0) {
            buffer.position(buffer.position() + length);
        }
    }

    /** True when a MongoDB-protocol server on {@code port} answers {@code {ping: 1}} with {@code ok: 1}. */
    static boolean mongoPing(int port) {
        try (Socket socket = connect(port)) {
            byte[] document = pingDocument();
            ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + document.length).order(ByteOrder.LITTLE_ENDIAN);
            message.putInt(message.capacity());
            message.putInt(1); // request id
            message.putInt(0); // response to
            message.putInt(2013); // OP_MSG
            message.putInt(0); // flag bits
            message.put((byte) 0); // section kind 0: the body document
            message.put(document);
            OutputStream out = socket.getOutputStream();
            out.write(message.array());
            out.flush();

            InputStream in = socket.getInputStream();
            byte[] lengthBytes = in.readNBytes(4);
            if (lengthBytes.length < 4) {
                return false;
            }
            int length = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (length < 21 || length > 16_000_000) {
                return false;
            }
            ByteBuffer reply = ByteBuffer.wrap(in.readNBytes(length - 4)).order(ByteOrder.LITTLE_ENDIAN);
            reply.position(12 + 4); // rest of the header, flag bits
            if (reply.get() != 0) {
                return false;
            }
            return okIsOne(reply);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] pingDocument() {
        ByteBuffer doc = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        doc.putInt(30);
        doc.put((byte) 0x10).put("ping".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).putInt(1);
        doc.put((byte) 0x02).put("$db".getBytes(StandardCharsets.US_ASCII)).put((byte) 0)
                .putInt(6).put("admin".getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        doc.put((byte) 0);
        return doc.array();
    }

    /** Walks the top-level BSON elements of the document at the buffer's position, looking for {@code ok}. */
    private static boolean okIsOne(ByteBuffer bson) {
        int start = bson.position();
        int end = start + bson.getInt();
        while (bson.position() < end - 1) {
            byte type = bson.get();
            StringBuilder name = new StringBuilder();
            for (byte b = bson.get(); b != 0; b = bson.get()) {
                name.append((char) b);
            }
            boolean ok = name.toString().equals("ok");
            switch (type) {
                case 0x01 -> {
                    double value = bson.getDouble();
                    if (ok) {
                        return value == 1.0;
                    }
                }
                case 0x10 -> {
                    int value = bson.getInt();
                    if (ok) {
                        return value == 1;
                    }
                }
                case 0x12 -> {
                    long value = bson.getLong();
                    if (ok) {
                        return value == 1;
                    }
                }
                case 0x08 -> {
                    byte value = bson.get();
                    if (ok) {
                        return value == 1;
                    }
                }
                case 0x02 -> bson.position(bson.position() + bson.getInt());
                case 0x03, 0x04 -> bson.position(bson.position() + bson.getInt(bson.position()));
                case 0x05 -> bson.position(bson.position() + bson.getInt() + 1);
                case 0x07 -> bson.position(bson.position() + 12);
                case 0x09, 0x11 -> bson.position(bson.position() + 8);
                case 0x0A -> {
                    // null carries no bytes
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** True when something accepts connections on the loopback {@code port}. */
    static boolean listening(int port) {
        try (Socket ignored = connect(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the loopback {@code port} can be bound, i.e. no other program holds it. */
    static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("localhost", port), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
