package id.zi.portal.web;

import id.zi.portal.gateway.ApiProblemException;
import id.zi.portal.gateway.GatewayUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page whose API refused or did not answer shows why, in the user's language, inside the portal's frame.
 * Exception handlers do not get the {@code @ModelAttribute}s of the advice, so the frame's own (user, menu,
 * language links) are added here.
 */
@ControllerAdvice
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    private final NavigationAdvice navigation;

    PortalErrors(NavigationAdvice navigation) {
        this.navigation = navigation;
    }

    @ExceptionHandler(ApiProblemException.class)
    String problem(ApiProblemException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        int status = e.problem().status();
        response.setStatus(status == 401 ? 403 : status);
        frame(model, request);
        model.addAttribute("status", status);
        model.addAttribute("problem", e.problem());
        return "error/problem";
    }

    @ExceptionHandler(GatewayUnavailableException.class)
    String unavailable(GatewayUnavailableException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        log.warn("page without its API: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        frame(model, request);
        return "error/unavailable";
    }

    private void frame(Model model, HttpServletRequest request) {
        @Nullable OidcUser user = currentUser();
        model.addAttribute("me", navigation.me(user));
        model.addAttribute("nav", navigation.nav(user, request));
        model.addAttribute("langLinks", navigation.langLinks(request));
    }

    private static @Nullable OidcUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OidcUser user ? user : null;
    }
}
