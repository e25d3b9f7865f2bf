package id.zi.portal.unit;

import id.zi.portal.web.PortalUser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the portal's real templates with the real bundles, outside Spring, so a page's expressions are
 * checked against what the view models give them, in both languages, without a stack.
 */
public final class Templates {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final PortalUser OPERATOR = new PortalUser("operator.magelang", "Operator DPMPTSP Kota Magelang", Set.of(PortalUser.UNIT_OPERATOR),
            "33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp");
    public static final PortalUser HEAD = new PortalUser("kepala.magelang", "Kepala DPMPTSP Kota Magelang", Set.of(PortalUser.UNIT_HEAD),
            "33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp", "/id/33/33.71/33.71.dpmptsp");

    private static final SpringTemplateEngine ENGINE = engine();

    private Templates() {
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    /** The page {@code template} as a user in {@code locale} gets it, with the frame's own model added. */
    public static String render(String template, Locale locale, PortalUser me, Map<String, Object> model) {
        return render(template, null, locale, me, model);
    }

    /** Only the fragment {@code fragment} of the template, as a partial answer renders it. */
    public static String render(String template, @org.jspecify.annotations.Nullable String fragment, Locale locale, PortalUser me,
            Map<String, Object> model) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(servletContext);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("me", me);
        variables.put("nav", List.of());
        variables.put("langLinks", Map.of("id", "/?lang=id", "en", "/?lang=en"));
        WebContext context = new WebContext(application.buildExchange(request, response), locale, variables);
        return fragment == null ? ENGINE.process(template, context) : ENGINE.process(template, Set.of(fragment), context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common", "messages/unit");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        // a missing key must fail the test, not render as ??key??
        messages.setUseCodeAsDefaultMessage(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
