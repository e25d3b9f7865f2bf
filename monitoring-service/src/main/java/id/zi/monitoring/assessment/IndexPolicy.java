package id.zi.monitoring.assessment;

/**
 * How an entered IPAK or IPKP was brought to the 4-point scale the LKE takes: SE MenPANRB 04/2023 asks 1–6
 * stars and reports on 4 without saying how, so the choice travels with the value (the same names as
 * survey-service's results).
 */
public enum IndexPolicy {
    /** the survey asked 1–4 */
    NATIVE_4,
    /** stars × 4/6 */
    RATIO_6_TO_4,
    /** (stars − 1) · 3/5 + 1 */
    LINEAR_6_TO_4
}
