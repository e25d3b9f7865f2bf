package id.zi.platform.scope;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subtree of the org directory, named by the materialized path of its root (e.g. {@code /id/33}).
 * A path is inside the scope when it is the root itself or lies below it; "below" is decided on whole
 * path segments so that {@code /id/3} never contains {@code /id/33}.
 */
public record OrgScope(String rootPath) {

    public static final OrgScope NATIONAL = new OrgScope("/id");
    /** Contains no real node: ids never start with '-', so no path lies under this one. */
    public static final OrgScope NOTHING = new OrgScope("/-");

    public OrgScope {
        Objects.requireNonNull(rootPath, "rootPath");
        if (!rootPath.startsWith("/") || rootPath.endsWith("/") || rootPath.contains("//")) {
            throw new IllegalArgumentException("an org path starts with '/' and has no empty segment: " + rootPath);
        }
    }

    public boolean contains(String path) {
        return path != null && (path.equals(rootPath) || path.startsWith(rootPath + "/"));
    }

    public boolean contains(OrgScope other) {
        return contains(other.rootPath);
    }

    /** The anchored regular expression a store can evaluate with an index on the path (prefix match). */
    public String pathPattern() {
        return "^" + Pattern.quote(rootPath) + "(/|$)";
    }

    /** Id of the node at the root of this scope: the last path segment. */
    public String rootId() {
        return rootPath.substring(rootPath.lastIndexOf('/') + 1);
    }
}
