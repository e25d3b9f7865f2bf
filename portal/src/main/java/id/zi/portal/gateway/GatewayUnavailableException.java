package id.zi.portal.gateway;

/** The gateway or a service behind it did not answer, or answered 5xx: the page shows a notice instead of failing. */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewayUnavailableException(String message) {
        super(message);
    }
}
