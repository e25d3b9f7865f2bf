package id.zi.portal.unit;

import id.zi.portal.gateway.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A user without a unit of their own on a unit team page: the portal's problem page, as an API's 403 would show. */
@ControllerAdvice(basePackages = "id.zi.portal.unit")
class UnitErrors {

    private final MessageSource messages;

    UnitErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnitPages.NoUnitException.class)
    String noUnit(Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("problem", new ApiProblem(403, messages.getMessage("unit.noUnit", null, locale), null, null, List.of()));
        return "error/problem";
    }
}
