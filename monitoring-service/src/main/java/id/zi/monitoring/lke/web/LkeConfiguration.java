package id.zi.monitoring.lke.web;

import id.zi.monitoring.lke.LkeCatalog;
import id.zi.monitoring.lke.LkeScorer;
import id.zi.monitoring.lke.Readiness;
import id.zi.monitoring.lke.ReadinessRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One catalog and one set of rules per service, so the calculator and stored assessments cannot disagree. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LkeSettings.class)
public class LkeConfiguration {

    @Bean
    LkeCatalog lkeCatalog() {
        return LkeCatalog.fromClasspath(LkeCatalog.PERMENPANRB_90_2021);
    }

    @Bean
    LkeScorer lkeScorer(LkeCatalog catalog, LkeSettings settings) {
        return new LkeScorer(catalog, settings.percentOverflow());
    }

    @Bean
    Readiness lkeReadiness(LkeCatalog catalog, LkeSettings settings) {
        return new Readiness(catalog, ReadinessRules.permenpanrb90(settings.areaRule()));
    }
}
