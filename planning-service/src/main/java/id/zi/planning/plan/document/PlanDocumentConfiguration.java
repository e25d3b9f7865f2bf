package id.zi.planning.plan.document;

import id.zi.planning.orgunit.OrgUnits;
import id.zi.planning.plan.WorkPlanLifecycle;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanDocumentConfiguration {

    @Bean
    PlanDocuments planDocuments(WorkPlanLifecycle plans, OrgUnits units) {
        return new PlanDocuments(plans, units);
    }

    /**
     * The container's default of 1 MB per part would refuse a real rencana aksi before our own check could
     * explain the limit; the container stops at twice our limit, so a file just over it still gets our problem.
     */
    @Bean
    MultipartConfigElement multipartConfigElement() {
        return new MultipartConfigElement("", 2L * PlanDocuments.MAX_UPLOAD_BYTES, 2L * PlanDocuments.MAX_UPLOAD_BYTES + 64 * 1024, 0);
    }
}
