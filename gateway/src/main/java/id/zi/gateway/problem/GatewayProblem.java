package id.zi.gateway.problem;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the gateway answers itself, already phrased for the caller. Raised anywhere in the
 * exchange and written by {@link ProblemErrorHandler}, so every gateway error has one shape.
 */
public final class GatewayProblem extends ErrorResponseException {

    /** Same base as the services' problems, so a client handles both alike. */
    public static final String TYPE_BASE = "https://zi.id/problems/";

    private GatewayProblem(ProblemDetail body, HttpHeaders headers, @Nullable Throwable cause) {
        super(HttpStatusCode.valueOf(body.getStatus()), body, cause);
        getHeaders().putAll(headers);
    }

    public static GatewayProblem of(ProblemDetail body) {
        return new GatewayProblem(body, HttpHeaders.EMPTY, null);
    }

    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** {@code challenge} is the RFC 6750 {@code WWW-Authenticate} value that goes with the 401. */
    public static GatewayProblem unauthorized(String detail, String challenge) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return new GatewayProblem(problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail), headers, null);
    }

    public static GatewayProblem forbidden(String detail) {
        return of(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail));
    }

    /** The body is the field at fault; the limit is named so the client can tell the user. */
    public static GatewayProblem payloadTooLarge(DataSize limit) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                "The request body is larger than the " + readable(limit) + " allowed here");
        problem.setProperty("field", "body");
        problem.setProperty("maxBytes", limit.toBytes());
        return of(problem);
    }

    public static GatewayProblem tooManyRequests(Duration retryAfter, String detail) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                detail + "; retry after " + seconds + " s");
        return new GatewayProblem(problem, headers, null);
    }

    /** {@code service} names the route's downstream, e.g. {@code planning}. */
    public static GatewayProblem unavailable(String service, @Nullable Throwable cause) {
        return new GatewayProblem(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                service + " did not answer in time or is down"), retryAfter(5), cause);
    }

    /** The time limit of the route ran out: the service may still be working on the request. */
    public static GatewayProblem timedOut(String service, @Nullable Throwable cause) {
        return new GatewayProblem(problem(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout",
                service + " did not answer in time or is down"), HttpHeaders.EMPTY, cause);
    }

    public static GatewayProblem busy(String service, @Nullable Throwable cause) {
        return new GatewayProblem(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                service + " has too many requests in progress; try again shortly"), retryAfter(1), cause);
    }

    private static HttpHeaders retryAfter(long seconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return headers;
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
