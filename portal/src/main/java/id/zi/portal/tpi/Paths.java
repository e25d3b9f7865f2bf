package id.zi.portal.tpi;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ids a page puts into an API path or query (unit, evidence, monev, question ids, org paths, kinds): the APIs'
 * ids are letters, digits, dots, dashes, underscores and colons, so anything else is a page that does not
 * exist, never a different API request.
 */
final class Paths {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Pattern ORG_PATH = Pattern.compile("(/[A-Za-z0-9._-]{1,100}){1,10}");

    private Paths() {
    }

    static String id(String value) {
        if (!ID.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return value;
    }

    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    static String orgPath(String value) {
        if (!ORG_PATH.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return value;
    }
}
