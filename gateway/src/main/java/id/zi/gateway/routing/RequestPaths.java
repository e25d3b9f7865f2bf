package id.zi.gateway.routing;

import java.util.List;
import org.springframework.web.server.ServerWebExchange;

/**
 * Path shapes that need long time limits or large bodies. Spring's path patterns allow {@code **}
 * only at the end, so {@code /api/evidence/**}{@code /files} and {@code /api/**}{@code /export/**}
 * are matched here segment by segment.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * Evidence uploads and downloads: {@code /api/evidence/uploads/**}, any path with a {@code files}
     * segment under {@code /api/evidence/}, and evidence packages ({@code /api/evidence/**}{@code /package}).
     */
    static boolean isEvidenceTransfer(ServerWebExchange exchange) {
        List<String> segments = segments(exchange);
        if (segments.size() < 3 || !segments.get(0).equals("api") || !segments.get(1).equals("evidence")) {
            return false;
        }
        if (segments.get(2).equals("uploads")) {
            return true;
        }
        return segments.subList(2, segments.size()).contains("files") || segments.getLast().equals("package");
    }

    /**
     * Exports of any service: an {@code export} segment after {@code /api/<service>/}. Public exports
     * ({@code /api/surveys/public/**}) are not among them: they stay on the public route and its rate limits.
     */
    static boolean isExport(ServerWebExchange exchange) {
        List<String> segments = segments(exchange);
        boolean isPublic = segments.size() >= 3 && segments.get(2).equals("public");
        return segments.size() >= 3 && segments.get(0).equals("api") && !isPublic && segments.subList(2, segments.size()).contains("export");
    }

    private static List<String> segments(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return java.util.Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }
}
