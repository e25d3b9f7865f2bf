package id.zi.planning.plan.document;

import id.zi.planning.orgunit.OrgUnit;
import id.zi.planning.orgunit.OrgUnitKind;
import id.zi.planning.orgunit.OrgUnits;
import id.zi.planning.plan.ActionRow;
import id.zi.planning.plan.PlanRuleViolation;
import id.zi.planning.plan.PlanStateConflict;
import id.zi.planning.plan.PlanStatus;
import id.zi.planning.plan.WorkPlan;
import id.zi.planning.plan.WorkPlanContent;
import id.zi.planning.plan.WorkPlanLifecycle;
import id.zi.platform.problem.Problems;
import id.zi.platform.scope.Caller;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's documents. Reads follow the plan's read scope; an import is an edit of the rows and goes
 * through {@link WorkPlanLifecycle#edit}, so its roles, version check, rules and events are the edit's.
 */
public class PlanDocuments {

    /** Larger than any honest rencana aksi of {@link WorkPlanContent#MAX_ROWS} rows, small enough to refuse a flood. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.?([A-Za-z]*).*");
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private final WorkPlanLifecycle plans;
    private final OrgUnits units;

    public PlanDocuments(WorkPlanLifecycle plans, OrgUnits units) {
        this.plans = plans;
        this.units = units;
    }

    public record Named(String fileName, byte[] bytes) {
    }

    public Named template() {
        return new Named("template-rencana-aksi.xlsx", RencanaAksiWorkbook.template());
    }

    public Named exportXlsx(Caller caller, String id) {
        WorkPlan plan = visible(caller, id);
        return new Named(fileName(plan, "xlsx"), RencanaAksiWorkbook.export(plan, unit(plan).name()));
    }

    /**
     * The plan as a document: signed once approved; before that a draft marked KONSEP, which the team and
     * the TPI read and mark up before the head signs, as they do with the Word version today.
     */
    public Named exportPdf(Caller caller, String id) {
        WorkPlan plan = visible(caller, id);
        OrgUnit unit = unit(plan);
        return new Named(fileName(plan, "pdf"), WorkPlanPdf.render(plan, unit.name(), place(unit)));
    }

    /**
     * Replaces the rows of a draft or returned plan with those of the workbook, keeping the rest of the
     * content. Any problem in any row rejects the whole file and nothing is saved.
     */
    public WorkPlan importXlsx(Caller caller, String id, byte[] file, long expectedVersion) {
        WorkPlan plan = visible(caller, id);
        // Role and scope first, so nobody learns about a file's problems on a plan they may not write.
        if (!caller.hasRole(WorkPlanLifecycle.UNIT_OPERATOR) && !caller.hasRole(WorkPlanLifecycle.UNIT_HEAD)) {
            throw Problems.forbidden("Only " + WorkPlanLifecycle.UNIT_OPERATOR + " or " + WorkPlanLifecycle.UNIT_HEAD
                    + " may import the rencana aksi");
        }
        if (!caller.canWrite(plan.orgPath())) {
            throw Problems.forbidden("You may import the rencana aksi of your own unit only");
        }
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.RETURNED) {
            throw new PlanStateConflict("plan " + id + " is " + plan.status() + "; rows are imported into a DRAFT or RETURNED plan only");
        }
        if (file == null || file.length == 0) {
            throw Problems.invalid("file", "upload the XLSX file as the multipart part \"file\"");
        }
        if (file.length > MAX_UPLOAD_BYTES) {
            throw Problems.invalid("file", "the file is " + file.length + " bytes; at most " + MAX_UPLOAD_BYTES + " bytes (5 MB) are accepted");
        }
        if (!startsWith(file, ZIP_MAGIC)) {
            throw Problems.invalid("file", "the file is not an XLSX workbook (Excel 2007 or later); save it as .xlsx");
        }
        List<ActionRow> rows = RencanaAksiWorkbook.read(new ByteArrayInputStream(file));
        WorkPlanContent current = plan.content();
        WorkPlanContent replaced = new WorkPlanContent(current.legalBasis(), current.purpose(), current.targetPrioritas(), current.team(),
                current.pencanangan(), current.paktaIntegritasCount(), rows);
        try {
            return plans.edit(caller, id, replaced, expectedVersion);
        } catch (PlanRuleViolation violation) {
            throw located(violation);
        }
    }

    /** A rule the aggregate found (an LKE code of another area, a text too long) pointed at its cell. */
    private static RuntimeException located(PlanRuleViolation violation) {
        Matcher matcher = violation.field() == null ? null : ROW_FIELD.matcher(violation.field());
        if (matcher == null || !matcher.matches()) {
            return violation;
        }
        int index = Integer.parseInt(matcher.group(1));
        Integer column = RencanaAksiWorkbook.COLUMN_OF_FIELD.get(matcher.group(2));
        if (column == null) {
            column = "rowId".equals(matcher.group(2)) ? RencanaAksiWorkbook.ROW_ID : RencanaAksiWorkbook.AREA;
        }
        return new WorkbookRejected("the workbook breaks a rule of the plan; nothing was saved", List.of(new CellProblem(
                RencanaAksiWorkbook.excelRowOfDataRow(index), RencanaAksiWorkbook.letter(column), RencanaAksiWorkbook.HEADERS.get(column),
                violation.getMessage())));
    }

    private WorkPlan visible(Caller caller, String id) {
        return plans.get(caller, id).orElseThrow(() -> Problems.notFound("Work plan", id));
    }

    private OrgUnit unit(WorkPlan plan) {
        return units.findAny(plan.unitId())
                .orElseThrow(() -> new IllegalStateException("work plan " + plan.id() + " belongs to unit " + plan.unitId() + ", which is gone"));
    }

    /** The regency or city the unit serves, as a signature's place ("Magelang, 12 Januari 2026"). */
    private String place(OrgUnit unit) {
        if (unit.parentId() == null) {
            return null;
        }
        return units.findAny(unit.parentId()).filter(parent -> parent.kind() == OrgUnitKind.CITY || parent.kind() == OrgUnitKind.REGENCY)
                .map(parent -> parent.name().replaceFirst("^(?i)pemerintah\\s+", "").replaceFirst("^(?i)(kota|kabupaten)\\s+", ""))
                .orElse(null);
    }

    private static String fileName(WorkPlan plan, String extension) {
        return "rencana-kerja-zi-" + plan.unitId().replaceAll("[^A-Za-z0-9.-]", "-") + "-" + plan.year() + "-rev" + plan.revision() + "."
                + extension;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
