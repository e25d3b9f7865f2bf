package id.zi.portal.web;

import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.GatewayUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page whose API refused or did not answer shows why, in the user's language, inside the portal's frame. */
@ControllerAdvice
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler(ApiProblemException.class)
    String problem(ApiProblemException e, Model model, HttpServletResponse response) {
        int status = e.problem().status();
        response.setStatus(status == 401 ? 403 : status);
        model.addAttribute("status", status);
        model.addAttribute("problem", e.problem());
        return "error/problem";
    }

    @ExceptionHandler(GatewayUnavailableException.class)
    String unavailable(GatewayUnavailableException e, HttpServletResponse response) {
        log.warn("page without its API: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return "error/unavailable";
    }
}
