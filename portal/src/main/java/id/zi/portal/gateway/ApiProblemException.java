package id.zi.portal.gateway;

/** An API refused what the page asked (4xx): the page's error handler shows the problem. */
public class ApiProblemException extends RuntimeException {

    private final ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.status() + " " + problem.message());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
