package id.zi.planning.plan.document;

import java.util.List;

/** An upload that is saved not at all: every problem found in it, so the user can fix them in one pass. */
public class WorkbookRejected extends RuntimeException {

    private final transient List<CellProblem> problems;

    public WorkbookRejected(String message, List<CellProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
