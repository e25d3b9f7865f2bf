package id.zi.planning;

import id.zi.testkit.security.TestIdentityProvider;
import id.zi.testkit.security.TestUser;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the service over real HTTP as a signed-in user would, answering status, headers and JSON body whatever the status. */
public record ApiClient(int port, JsonMapper json) {

    public record Reply(int status, HttpHeaders headers, JsonNode body) {

        /** The input a problem response names as at fault. */
        public String field() {
            return body.path("field").asString();
        }
    }

    public Reply call(String method, String path, TestUser user, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = RestClient.create("http://127.0.0.1:" + port).method(HttpMethod.valueOf(method)).uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIdentityProvider.shared().token(user));
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Reply(res.getStatusCode().value(), res.getHeaders(), bytes.length == 0 ? null : json.readTree(bytes));
        });
    }
}
