package id.zi.monitoring.orgunit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import id.zi.platform.mongo.ScopedCollection;
import id.zi.platform.scope.Callers;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The org units monitoring knows of (its projection), within the caller's scope: what roll-ups group by. */
@RestController
@RequestMapping("/api/monitoring/org-units")
class OrgUnitReadController {

    record OrgUnitRow(String id, String code, String name, String kind, String path, long sequence) {
    }

    private final ScopedCollection units;

    OrgUnitReadController(MongoDatabase database) {
        this.units = new ScopedCollection(database.getCollection(OrgUnitProjection.COLLECTION), "path");
    }

    @GetMapping
    List<OrgUnitRow> list(@RequestParam(required = false) String kind) {
        return units.find(Callers.current().readScope(), kind == null ? null : Filters.eq("kind", kind))
                .sort(Sorts.ascending("path")).limit(5000)
                .map(d -> new OrgUnitRow(d.getString("_id"), d.getString("code"), d.getString("name"), d.getString("kind"), d.getString("path"),
                        ((Number) d.get("sequence")).longValue()))
                .into(new ArrayList<>());
    }
}
