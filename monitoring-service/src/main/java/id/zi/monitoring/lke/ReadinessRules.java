package id.zi.monitoring.lke;

import java.math.BigDecimal;

/**
 * The minimums a unit must reach to be proposed for a predicate: PermenPANRB 90/2021 Lampiran II Tabel 6
 * (and Bab III C.3–6), as ZI-DOMAIN §5 restates them.
 *
 * @param areaRule how "every area ≥ x % of its weight" is read
 */
public record ReadinessRules(AreaRule areaRule, Thresholds wbk, Thresholds wbbm) {

    /**
     * The regulation says "bobot nilai minimal per area pengungkit" without saying whether an area's pemenuhan
     * and reform halves are measured together or each on its own.
     */
    public enum AreaRule {
        /** pemenuhan and reform of an area together against the area's whole weight (e.g. 8 for area 1) */
        COMBINED,
        /** pemenuhan and reform of an area each against its own half of the weight */
        EACH_HALF
    }

    /**
     * @param predikat                the predicate's name, for messages
     * @param areaShare               the minimum share of each area's weight, e.g. 0.60
     * @param bersihDanAkuntabel      minimum of hasil "Birokrasi yang bersih dan akuntabel"
     * @param surveiAntiKorupsi       minimum of its "Survei Persepsi Anti Korupsi" part (IPAK ÷ 4 × 17.5)
     * @param kinerjaLebihBaik        minimum of its "Kinerja lebih baik" part
     * @param pelayananPrima          minimum of hasil "Pelayanan publik yang prima" (IPKP ÷ 4 × 17.5)
     * @param requiresWbk             whether the unit must already hold Menuju WBK
     */
    public record Thresholds(String predikat, BigDecimal total, BigDecimal pengungkit, BigDecimal areaShare,
            BigDecimal bersihDanAkuntabel, BigDecimal surveiAntiKorupsi, BigDecimal kinerjaLebihBaik, BigDecimal pelayananPrima,
            boolean requiresWbk) {
    }

    public static final Thresholds MENUJU_WBK_90_2021 = new Thresholds("Menuju WBK", new BigDecimal("75"), new BigDecimal("40"),
            new BigDecimal("0.60"), new BigDecimal("18.25"), new BigDecimal("15.75"), new BigDecimal("2.50"), new BigDecimal("14.00"), false);

    public static final Thresholds MENUJU_WBBM_90_2021 = new Thresholds("Menuju WBBM", new BigDecimal("85"), new BigDecimal("48"),
            new BigDecimal("0.75"), new BigDecimal("19.50"), new BigDecimal("15.75"), new BigDecimal("3.75"), new BigDecimal("15.75"), true);

    public static ReadinessRules permenpanrb90(AreaRule areaRule) {
        return new ReadinessRules(areaRule, MENUJU_WBK_90_2021, MENUJU_WBBM_90_2021);
    }
}
