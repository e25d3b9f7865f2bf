package id.zi.planning.orgunit;

import id.zi.platform.scope.Caller;
import id.zi.platform.scope.OrgScope;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo org tree (the five seed units, their governments and inspectorates) into an empty
 * directory, through the same use case an admin would call, so the demo's events are real ones.
 */
@Component
@ConditionalOnProperty(name = "zi.demo.enabled", havingValue = "true")
@Order(10)
class DemoOrgTree implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrgTree.class);
    private static final Caller LOADER = new Caller("demo-loader", Set.of(Caller.PLATFORM_ADMIN), null, OrgScope.NATIONAL,
            OrgScope.NATIONAL);

    private final OrgDirectory directory;
    private final OrgUnits units;
    private final JsonMapper json;

    DemoOrgTree(OrgDirectory directory, OrgUnits units, JsonMapper json) {
        this.directory = directory;
        this.units = units;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!units.isEmpty()) {
            return;
        }
        List<OrgDirectory.NewUnit> tree;
        try (InputStream in = new ClassPathResource("demo/org-units.json").getInputStream()) {
            tree = json.readValue(in, new TypeReference<List<OrgDirectory.NewUnit>>() { });
        }
        tree.forEach(unit -> directory.create(LOADER, unit));
        log.info("demo org tree loaded: {} nodes", tree.size());
    }
}
