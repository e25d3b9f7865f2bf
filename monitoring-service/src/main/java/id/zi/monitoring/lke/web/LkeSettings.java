package id.zi.monitoring.lke.web;

import id.zi.monitoring.lke.LkeScorer;
import id.zi.monitoring.lke.ReadinessRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The readings of the regulation a deployment may choose (ZI-DOMAIN §5).
 *
 * @param areaRule        whether "every area ≥ x % of its weight" takes pemenuhan and reform together or each
 * @param percentOverflow whether a percentage's numerator above its denominator is refused or capped at 100 %
 */
@ConfigurationProperties("zi.monitoring.lke")
public record LkeSettings(@DefaultValue("COMBINED") ReadinessRules.AreaRule areaRule,
        @DefaultValue("REJECT") LkeScorer.PercentOverflow percentOverflow) {
}
