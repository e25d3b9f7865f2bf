package id.zi.evidence.assessment;

import id.zi.evidence.catalog.LkeCatalog;
import id.zi.evidence.item.EvidenceItem;
import id.zi.evidence.plan.PlanCopy;
import id.zi.evidence.plan.PlanRow;
import id.zi.evidence.storage.ContentTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each accepted file goes in a unit's assessment package: a folder per area and indicator, the way
 * evaluators walk the LKE. A file that proves several rows is placed in each of their folders; one linked to
 * nothing goes to "Lainnya". Free of Spring and of the store.
 */
public final class AssessmentPackage {

    /** One file in the package: its path inside the ZIP and the version it holds. */
    public record Entry(String path, EvidenceItem item, EvidenceItem.FileVersion file, String folder) {
    }

    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private AssessmentPackage() {
    }

    public static List<Entry> layout(List<EvidenceItem> accepted, Optional<PlanCopy> plan, LkeCatalog catalog) {
        List<Entry> entries = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        for (EvidenceItem item : accepted) {
            EvidenceItem.FileVersion file = item.file(item.review().version() == null ? item.currentVersion() : item.review().version())
                    .orElse(item.current());
            Set<String> folders = new LinkedHashSet<>();
            for (String rowId : item.links().planRows()) {
                Optional<PlanRow> row = plan.flatMap(p -> p.row(rowId));
                if (row.isPresent()) {
                    folders.add(areaFolder(row.get().area(), catalog) + "/" + safe(rowId + " " + row.get().label()));
                } else {
                    folders.add("Lainnya/" + safe(rowId));
                }
            }
            for (String question : item.links().lkeQuestions()) {
                catalog.node(question).ifPresent(node -> folders.add(areaFolder(node.area(), catalog) + "/"
                        + safe(node.subAreaId() + " " + node.subAreaName())));
            }
            if (folders.isEmpty()) {
                folders.add("Lainnya");
            }
            String name = safe(item.kind().name() + " - " + item.title() + " (" + item.id() + " v" + file.number() + ")") + extension(file);
            for (String folder : folders) {
                String path = folder + "/" + name;
                if (paths.add(path)) {
                    entries.add(new Entry(path, item, file, folder));
                }
            }
        }
        return entries;
    }

    static String areaFolder(int area, LkeCatalog catalog) {
        return safe(String.format(Locale.ROOT, "Area %d - %s", area, catalog.areaName(area)));
    }

    private static String extension(EvidenceItem.FileVersion file) {
        int dot = file.fileName().lastIndexOf('.');
        if (dot > 0) {
            return file.fileName().substring(dot).toLowerCase(Locale.ROOT);
        }
        return ContentTypes.preferredExtension(file.contentType());
    }

    /** A folder or file name every archiver and file system accepts. */
    static String safe(String name) {
        String cleaned = UNSAFE.matcher(name).replaceAll("_").strip();
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(0, 120).strip();
        }
        while (cleaned.endsWith(".")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
