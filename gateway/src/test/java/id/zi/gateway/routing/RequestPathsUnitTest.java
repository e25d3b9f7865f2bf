package id.zi.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class RequestPathsUnitTest {

    @ParameterizedTest
    @CsvSource({
            "/api/evidence/uploads, true",
            "/api/evidence/uploads/u-1/parts/3, true",
            "/api/evidence/items/e-1/files, true",
            "/api/evidence/items/e-1/files/f-9, true",
            "/api/evidence/files, true",
            "/api/evidence/units/33.71.dpmptsp/package, true",
            "/api/evidence/items/e-1, false",
            "/api/evidence/items/e-1/profiles, false",
            "/api/evidence/package/items, false",
            "/api/planning/items/e-1/files, false",
            "/api/evidence, false"})
    void evidenceTransfers(String path, boolean transfer) {
        assertThat(RequestPaths.isEvidenceTransfer(exchange(path))).isEqualTo(transfer);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/planning/plans/export, true",
            "/api/planning/plans/export/xlsx, true",
            "/api/surveys/export, true",
            "/api/surveys/public/results/units/u/periods/2026-Q1/responses/export, false",
            "/api/monitoring/exports, false",
            "/api/export, false",
            "/export/plans, false"})
    void exports(String path, boolean export) {
        assertThat(RequestPaths.isExport(exchange(path))).isEqualTo(export);
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }
}
