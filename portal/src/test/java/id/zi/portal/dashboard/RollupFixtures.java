package id.zi.portal.dashboard;

/**
 * Answers of {@code /api/monitoring/rollups} and its ranking in the shape monitoring-service's RollupView gives
 * them (national node, 2024: one unit with a draft plan in Jawa Tengah, one unit without a plan in Aceh).
 */
final class RollupFixtures {

    static final String NATIONAL_2024 = """
            {"orgPath":"/id","year":2024,"period":null,"summary":{"units":5,"planStatus":{"NONE":4,"DRAFT":1},
            "evidenceCoverage":{"units":1,"required":60,"accepted":2,"pending":3,"returned":1,"missing":54,
            "share":0.03333333333333333},"monevRealisation":{"units":1,"approved":0,"numerator":125,"denominator":2,
            "pooled":62.5,"meanOfUnits":62.5,"labels":{"pooled":"x","meanOfUnits":"y"}},"lke":{"self":{"units":1,
            "mean":75.456,"bins":[{"from":0,"to":10,"units":0},{"from":10,"to":20,"units":0},{"from":20,"to":30,"units":0},
            {"from":30,"to":40,"units":0},{"from":40,"to":50,"units":0},{"from":50,"to":60,"units":0},{"from":60,"to":70,
            "units":0},{"from":70,"to":80,"units":1},{"from":80,"to":90,"units":0},{"from":90,"to":100,"units":0}],
            "wbkReady":1,"wbbmReady":0},"tpi":{"units":0,"mean":null,"bins":[{"from":0,"to":10,"units":0},{"from":10,
            "to":20,"units":0},{"from":20,"to":30,"units":0},{"from":30,"to":40,"units":0},{"from":40,"to":50,"units":0},
            {"from":50,"to":60,"units":0},{"from":60,"to":70,"units":0},{"from":70,"to":80,"units":0},{"from":80,"to":90,
            "units":0},{"from":90,"to":100,"units":0}],"wbkReady":0,"wbbmReady":0}},"ikm":{"units":1,"respondents":120,
            "pooled":85.1234,"meanOfUnits":84.995,"weightPolicies":["EXACT"],"labels":{"pooled":"x","meanOfUnits":"y"}},
            "ipak":{"units":1,"respondents":46,"pooled":3.5149,"meanOfUnits":3.5149,"scalePolicies":["RATIO_6_TO_4"],
            "labels":{"pooled":"x","meanOfUnits":"y"}},"ipkp":{"units":0,"respondents":0,"pooled":null,"meanOfUnits":null,
            "scalePolicies":[],"labels":{"pooled":"x","meanOfUnits":"y"}}},"children":[{"orgPath":"/id/11","id":"11",
            "name":"Provinsi Aceh","kind":"PROVINCE","summary":{"units":1,"planStatus":{"NONE":1},
            "evidenceCoverage":{"units":0,"required":0,"accepted":0,"pending":0,"returned":0,"missing":0,"share":null},
            "monevRealisation":{"units":1,"approved":0,"numerator":125,"denominator":2,"pooled":62.5,"meanOfUnits":62.5,
            "labels":{"pooled":"x","meanOfUnits":"y"}},"lke":{"self":{"units":0,"mean":null,"bins":[{"from":0,"to":10,
            "units":0},{"from":10,"to":20,"units":0},{"from":20,"to":30,"units":0},{"from":30,"to":40,"units":0},
            {"from":40,"to":50,"units":0},{"from":50,"to":60,"units":0},{"from":60,"to":70,"units":0},{"from":70,"to":80,
            "units":0},{"from":80,"to":90,"units":0},{"from":90,"to":100,"units":0}],"wbkReady":0,"wbbmReady":0},
            "tpi":{"units":0,"mean":null,"bins":[{"from":0,"to":10,"units":0},{"from":10,"to":20,"units":0},{"from":20,
            "to":30,"units":0},{"from":30,"to":40,"units":0},{"from":40,"to":50,"units":0},{"from":50,"to":60,"units":0},
            {"from":60,"to":70,"units":0},{"from":70,"to":80,"units":0},{"from":80,"to":90,"units":0},{"from":90,"to":100,
            "units":0}],"wbkReady":0,"wbbmReady":0}},"ikm":{"units":0,"respondents":0,"pooled":null,"meanOfUnits":null,
            "weightPolicies":[],"labels":{"pooled":"x","meanOfUnits":"y"}},"ipak":{"units":0,"respondents":0,"pooled":null,
            "meanOfUnits":null,"scalePolicies":[],"labels":{"pooled":"x","meanOfUnits":"y"}},"ipkp":{"units":0,
            "respondents":0,"pooled":null,"meanOfUnits":null,"scalePolicies":[],"labels":{"pooled":"x",
            "meanOfUnits":"y"}}}},{"orgPath":"/id/33","id":"33","name":"Provinsi Jawa Tengah","kind":"PROVINCE",
            "summary":{"units":2,"planStatus":{"NONE":1,"DRAFT":1},"evidenceCoverage":{"units":1,"required":60,
            "accepted":2,"pending":3,"returned":1,"missing":54,"share":0.03333333333333333},"monevRealisation":{"units":1,
            "approved":0,"numerator":125,"denominator":2,"pooled":62.5,"meanOfUnits":62.5,"labels":{"pooled":"x",
            "meanOfUnits":"y"}},"lke":{"self":{"units":1,"mean":75.456,"bins":[{"from":0,"to":10,"units":0},{"from":10,
            "to":20,"units":0},{"from":20,"to":30,"units":0},{"from":30,"to":40,"units":0},{"from":40,"to":50,"units":0},
            {"from":50,"to":60,"units":0},{"from":60,"to":70,"units":0},{"from":70,"to":80,"units":1},{"from":80,"to":90,
            "units":0},{"from":90,"to":100,"units":0}],"wbkReady":1,"wbbmReady":0},"tpi":{"units":0,"mean":null,
            "bins":[{"from":0,"to":10,"units":0},{"from":10,"to":20,"units":0},{"from":20,"to":30,"units":0},{"from":30,
            "to":40,"units":0},{"from":40,"to":50,"units":0},{"from":50,"to":60,"units":0},{"from":60,"to":70,"units":0},
            {"from":70,"to":80,"units":0},{"from":80,"to":90,"units":0},{"from":90,"to":100,"units":0}],"wbkReady":0,
            "wbbmReady":0}},"ikm":{"units":1,"respondents":120,"pooled":85.1234,"meanOfUnits":84.995,
            "weightPolicies":["EXACT"],"labels":{"pooled":"x","meanOfUnits":"y"}},"ipak":{"units":1,"respondents":46,
            "pooled":3.5149,"meanOfUnits":3.5149,"scalePolicies":["RATIO_6_TO_4"],"labels":{"pooled":"x",
            "meanOfUnits":"y"}},"ipkp":{"units":0,"respondents":0,"pooled":null,"meanOfUnits":null,"scalePolicies":[],
            "labels":{"pooled":"x","meanOfUnits":"y"}}}}]}
            """;

    static final String RANKING_NATIONAL_2024 = """
            {"orgPath":"/id","year":2024,"by":"lkeSelf","units":[{"rank":1,"unitId":"33.71.dpmptsp",
            "name":"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Magelang",
            "orgPath":"/id/33/33.71/33.71.dpmptsp","value":75.456}]}
            """;

    private RollupFixtures() {
    }
}
