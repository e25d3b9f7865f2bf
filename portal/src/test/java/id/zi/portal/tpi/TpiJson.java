package id.zi.portal.tpi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API answers in the shapes the services give (cut down to a few questions and rows), for the TPI pages' tests. */
final class TpiJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private TpiJson() {
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json.replace('\'', '"'));
    }

    /** {@code GET /api/monitoring/assessments/33.71.dpmptsp/2024}: three questions, a choice, a percentage and an index. */
    static JsonNode assessment() {
        String nodes = """
                {'A': {'name': 'Pengungkit', 'kind': 'COMPONENT', 'score': 1.0, 'weight': 60, 'percent': 1.6},
                 'A.I': {'name': 'Pemenuhan', 'kind': 'CRITERION', 'score': 1.0, 'weight': 30, 'percent': 3.3},
                 'A.I.1': {'name': 'Manajemen Perubahan', 'kind': 'AREA', 'score': 1.0, 'weight': 4, 'percent': 25},
                 'A.I.1.i': {'name': 'Penyusunan Tim Kerja', 'kind': 'SUB_AREA', 'score': 0.5, 'weight': 1, 'percent': 50},
                 'A.II': {'name': 'Reform', 'kind': 'CRITERION', 'score': 0, 'weight': 30, 'percent': 0},
                 'A.II.1': {'name': 'Manajemen Perubahan', 'kind': 'AREA', 'score': 0, 'weight': 3, 'percent': 0},
                 'A.II.1.i': {'name': 'Komitmen dalam perubahan', 'kind': 'SUB_AREA', 'score': 0, 'weight': 1, 'percent': 0},
                 'B': {'name': 'Hasil', 'kind': 'COMPONENT', 'score': 0, 'weight': 40, 'percent': 0},
                 'B.I': {'name': 'Birokrasi yang Bersih dan Akuntabel', 'kind': 'CRITERION', 'score': 0, 'weight': 22.5, 'percent': 0}}
                """;
        String score = """
                {'total': %s, 'pengungkit': %s, 'pemenuhan': 1.0, 'reform': 0, 'hasil': 0, 'nodes': %s, 'areas': {}, 'questions': {},
                 'unanswered': [], 'wbk': {'eligible': false, 'failures': [{'condition': 'TOTAL', 'subject': null, 'value': 1.0, 'minimum': 75,
                 'message': 'total 1.00 < 75'}]}, 'wbbm': {'eligible': false, 'failures': [{'condition': 'PREDIKAT_WBK', 'message': 'no WBK'}]},
                 'rules': {'areaRule': 'COMBINED', 'percentOverflow': 'CAP', 'hasWbk': false}}
                """;
        return parse("""
                {'id': '33.71.dpmptsp:2024', 'unitId': '33.71.dpmptsp', 'orgPath': '/id/33/33.71/33.71.dpmptsp', 'year': 2024, 'version': 3,
                 'self': {'side': 'SELF', 'version': 2, 'hasWbk': false, 'updatedBy': 'operator.magelang', 'answered': 2, 'score': %s},
                 'tpi': {'side': 'TPI', 'version': 1, 'hasWbk': false, 'updatedBy': 'inspektorat.magelang', 'answered': 1, 'score': %s},
                 'questions': [
                  {'id': 'A.I.1.i.a', 'text': 'Unit kerja telah membentuk tim', 'answerType': 'YA_TIDAK', 'node': 'A.I.1.i', 'options': ['Ya', 'Tidak'],
                   'criteria': [{'option': 'YA', 'text': 'Ya, jika Tim telah dibentuk di dalam unit kerja.'}],
                   'self': {'answer': 'YA', 'value': 1, 'answered': true, 'notes': 'SK tim ada', 'evidence': [{'id': 'ev-1', 'kind': 'SK',
                     'title': 'SK Tim Kerja', 'reviewState': 'ACCEPTED', 'available': true}]},
                   'tpi': {'answer': 'TIDAK', 'value': 0, 'answered': true, 'source': 'ENTERED', 'notes': null, 'evidence': [{'id': 'ev-9',
                     'kind': 'FOTO', 'title': 'Foto rapat', 'reviewState': 'PENDING', 'available': true}]}},
                  {'id': 'A.II.1.i.a', 'text': 'Agen perubahan telah membuat perubahan', 'answerType': 'PERCENT', 'node': 'A.II.1.i',
                   'inputs': [{'key': 'jumlahAgenPerubahan', 'label': 'Jumlah Agen Perubahan', 'informational': false},
                              {'key': 'jumlahPerubahan', 'label': 'Jumlah Perubahan yang dibuat', 'informational': false}],
                   'self': {'answer': {'jumlahAgenPerubahan': 4, 'jumlahPerubahan': 2}, 'value': 0.5, 'answered': true, 'evidence': []},
                   'tpi': {'value': 0, 'answered': false, 'evidence': []}},
                  {'id': 'B.I.a', 'text': 'Nilai Survei Persepsi Anti Korupsi', 'answerType': 'INDEX_0_4', 'node': 'B.I', 'index': 'IPAK',
                   'fromSurveys': {'index': 'IPAK', 'value': 3.62, 'policy': 'RATIO_6_TO_4', 'respondents': 120, 'periods': ['2024-S1', '2024-S2']},
                   'self': {'answer': 3.62, 'policy': 'RATIO_6_TO_4', 'value': 0.9, 'answered': true, 'source': 'SURVEYS', 'evidence': []},
                   'tpi': {'value': 0, 'answered': false, 'evidence': []}}]}
                """.formatted(score.formatted("10.5", "10.5", nodes), score.formatted("4.25", "4.25", nodes)));
    }

    /** {@code GET /api/evidence/items?unitId=33.71.dpmptsp&year=2024}: one item on row R1, pending. */
    static JsonNode items() {
        return parse("""
                [{'id': 'ev-1', 'unitId': '33.71.dpmptsp', 'orgPath': '/id/33/33.71/33.71.dpmptsp', 'year': 2024, 'quarter': 1, 'kind': 'SK',
                  'title': 'SK Tim Kerja', 'description': null, 'effectiveDate': '2024-01-15', 'links': {'planRows': ['R1'], 'lkeQuestions': []},
                  'currentVersion': 2, 'versions': [{'number': 1, 'fileName': 'sk.pdf', 'contentType': 'application/pdf'},
                  {'number': 2, 'fileName': 'sk-ttd.pdf', 'contentType': 'application/pdf'}],
                  'review': {'state': 'PENDING', 'version': null, 'reason': null, 'by': null}, 'version': 4},
                 {'id': 'ev-2', 'unitId': '33.71.dpmptsp', 'orgPath': '/id/33/33.71/33.71.dpmptsp', 'year': 2024, 'quarter': 1, 'kind': 'FOTO',
                  'title': 'Foto kegiatan', 'effectiveDate': '2024-02-01', 'links': {'planRows': ['R40'], 'lkeQuestions': ['A.I.1.i.a']},
                  'currentVersion': 1, 'versions': [{'number': 1, 'fileName': 'foto.jpg', 'contentType': 'image/jpeg'}],
                  'review': {'state': 'REJECTED', 'reason': 'Foto buram', 'by': 'inspektorat.magelang'}, 'version': 2}]
                """);
    }

    /** Coverage rows of the unit's plan: R1 is for sub-area A.I.1.i. */
    static JsonNode coverageRows() {
        return parse("""
                [{'rowId': 'R1', 'area': 1, 'indicatorRef': 'A.I.1.i', 'indicator': 'Penyusunan Tim Kerja', 'kinds': []},
                 {'rowId': 'R40', 'area': 4, 'indicatorRef': 'A.I.4.ii', 'indicator': 'Pengelolaan Akuntabilitas Kinerja', 'kinds': []}]
                """);
    }
}
