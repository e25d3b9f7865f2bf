package id.zi.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's header needs: the signed-in user ({@code me}, absent on public pages) and the menu their
 * roles open ({@code nav}), each item a message key so the menu follows the language switch.
 */
@ControllerAdvice
class NavigationAdvice {

    /** @param key message key of the label; {@code id} names the link for tests and skip links */
    public record NavItem(String key, String href, String id, boolean current) {
    }

    @ModelAttribute("me")
    @Nullable PortalUser me(@AuthenticationPrincipal @Nullable OidcUser user) {
        return user == null ? null : PortalUser.of(user);
    }

    /** The page itself in each language: the same path and query with {@code lang} set. */
    @ModelAttribute("langLinks")
    Map<String, String> langLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String lang : List.of("id", "en")) {
            links.put(lang, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("lang", lang).build().toUriString());
        }
        return links;
    }

    @ModelAttribute("nav")
    List<NavItem> nav(@AuthenticationPrincipal @Nullable OidcUser user, HttpServletRequest request) {
        if (user == null) {
            return List.of();
        }
        PortalUser me = PortalUser.of(user);
        List<String[]> links = new ArrayList<>();
        links.add(new String[] {"nav.home", "/beranda", "nav-beranda"});
        if (me.unitTeam()) {
            links.add(new String[] {"nav.plan", "/rencana", "nav-rencana"});
            links.add(new String[] {"nav.evidence", "/bukti", "nav-bukti"});
            links.add(new String[] {"nav.monev", "/monev", "nav-monev"});
            links.add(new String[] {"nav.lke", "/lke", "nav-lke"});
            links.add(new String[] {"nav.surveys", "/survei", "nav-survei"});
        }
        if (me.tpi()) {
            links.add(new String[] {"nav.tpi.units", "/tpi", "nav-tpi"});
            links.add(new String[] {"nav.tpi.review", "/tpi/reviu", "nav-reviu"});
        }
        if (me.evaluator()) {
            links.add(new String[] {"nav.dashboard", "/dasbor", "nav-dasbor"});
        }
        if (me.admin()) {
            links.add(new String[] {"nav.admin", "/admin", "nav-admin"});
        }
        // the longest link the page is under is the current one (/tpi/reviu/… is the review queue, not /tpi)
        String path = request.getRequestURI();
        String current = links.stream().map(link -> link[1]).filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .max(Comparator.comparingInt(String::length)).orElse("");
        return links.stream().map(link -> new NavItem(link[0], link[1], link[2], link[1].equals(current))).toList();
    }
}
