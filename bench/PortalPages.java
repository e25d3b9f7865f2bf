import id.zi.local.launcher.LocalStack;
import id.zi.local.launcher.Ports;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The driver of bench/portal-pages.sh (issue 7): how long the portal takes to answer the main pages of the journeys
 * on the demo data, through the gateway, signed in as the demo users the pages are for. Starts the whole stack
 * ({@link LocalStack}, free ports, the data folder it is given), signs each user in through Keycloak's login form
 * with a plain HTTP client (cookies kept per user, as a browser does), waits until the roll-ups have the demo plan,
 * then times N sequential GETs of each page after a warm-up, each followed by {@code /actuator/health} through the
 * gateway as the baseline in the same run. A page the portal does not have yet (404) is skipped with a note. Progress goes to
 * stderr; Markdown rows for bench/RESULTS.md to stdout. Exit status 1 when a page took over the goal of 1 s.
 */
public class PortalPages {

    static final String DEMO_PASSWORD = "zi-demo";
    static final long GOAL_MS = 1000;

    /** Who opens which pages: each page as the user whose journey it belongs to. */
    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("evaluator.nasional", List.of("/beranda", "/dasbor", "/dasbor?year=2024", "/dasbor?orgPath=/id/33/33.71",
                "/dasbor?orgPath=/id/33/33.71&year=2024", "/dasbor?orgPath=/id/33/33.71/33.71.dpmptsp&year=2024"));
        PAGES.put("operator.magelang", List.of("/beranda", "/rencana", "/bukti", "/monev", "/lke", "/survei"));
        PAGES.put("inspektorat.magelang", List.of("/tpi", "/tpi/reviu", "/tpi/lke/33.71.dpmptsp/2024"));
        PAGES.put("admin", List.of("/admin"));
    }

    record Options(Path home, Path data, int requests, int warmup) {

        static Options parse(String[] args) {
            Path home = null;
            Path data = null;
            int requests = 50;
            int warmup = 10;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--home" -> home = Path.of(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    case "--requests" -> requests = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (--requests N, --warmup N)");
                }
            }
            if (home == null || data == null) {
                throw new IllegalArgumentException("--home and --data are required");
            }
            return new Options(home, data, requests, warmup);
        }
    }

    record Timing(String user, String page, int status, long[] millis) {

        double percentile(double p) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        long max() {
            return Arrays.stream(millis).max().orElse(0);
        }

        String figures() {
            return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %d ms", percentile(50), percentile(95), max());
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LocalStack stack = LocalStack.builder()
                .home(options.home())
                .dataDir(options.data())
                .ports(Ports.free())
                .stopOnJvmExit(true)
                .out(System.err)
                .build();
        log("starting the whole stack with the demo data in %s", options.data());
        long started = System.nanoTime();
        int status;
        try {
            stack.start();
            log("stack healthy after %.1f s", (System.nanoTime() - started) / 1e9);
            status = run(options, stack.urls().gateway()) ? 0 : 1;
        } finally {
            stack.stop();
        }
        System.exit(status);
    }

    static boolean run(Options options, URI gateway) throws Exception {
        double load = loadAverage();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(totalMemoryGiB()) + " GiB, "
                + System.getProperty("java.vendor.version", System.getProperty("java.version"));

        Map<String, HttpClient> users = new LinkedHashMap<>();
        for (String user : PAGES.keySet()) {
            users.put(user, signIn(gateway, user));
            log("%s signed in through Keycloak's login form", user);
        }
        awaitRollup(users.get("evaluator.nasional"), gateway);

        HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Timing[]> timings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : PAGES.entrySet()) {
            for (String page : entry.getValue()) {
                HttpResponse<String> first = get(users.get(entry.getKey()), gateway, page);
                if (first.statusCode() == 404) {
                    notes.add("`" + page + "` (" + entry.getKey() + "): not in the portal yet (404), skipped");
                    log("%s as %s: 404, skipped", page, entry.getKey());
                    continue;
                }
                if (first.statusCode() != 200) {
                    notes.add("`" + page + "` (" + entry.getKey() + "): answered " + first.statusCode() + ", skipped");
                    log("%s as %s: %d, skipped", page, entry.getKey(), first.statusCode());
                    continue;
                }
                Timing[] timing = time(users.get(entry.getKey()), anonymous, gateway, entry.getKey(), page, options);
                timings.add(timing);
                log("%s as %s: %s; health between: %s", page, entry.getKey(), timing[0].figures(), timing[1].figures());
            }
        }

        String date = LocalDate.now(ZoneOffset.UTC).toString();
        String command = "`bench/portal-pages.sh` " + options.requests() + " sequential GETs each after " + options.warmup() + " warm-up";
        String env = machine + ", load " + String.format(Locale.ROOT, "%.2f", load) + " before the run";
        boolean met = true;
        System.out.println("| date | command | machine | figures | baseline | ratio |");
        System.out.println("|---|---|---|---|---|---|");
        for (Timing[] timing : timings) {
            met &= timing[0].max() <= GOAL_MS;
            System.out.printf(Locale.ROOT, "| %s | %s | %s | `%s` as %s: %s | `/actuator/health` via gateway, between them: %s | p50 %.1f×, p95 %.1f× |%n",
                    date, command, env, timing[0].page(), timing[0].user(), timing[0].figures(), timing[1].figures(),
                    timing[0].percentile(50) / Math.max(1, timing[1].percentile(50)), timing[0].percentile(95) / Math.max(1, timing[1].percentile(95)));
        }
        long worst = timings.stream().mapToLong(timing -> timing[0].max()).max().orElse(0);
        System.out.println();
        System.out.println("Goal (no page over " + GOAL_MS + " ms): " + (met ? "met" : "NOT met") + "; slowest single request "
                + worst + " ms.");
        notes.forEach(note -> System.out.println("- " + note));
        return met;
    }

    /**
     * Times {@code requests} sequential GETs of the page after {@code warmup} untimed ones, each followed by one
     * {@code /actuator/health} through the gateway, timed as the page's own baseline (so both see the same machine,
     * which other work may load unevenly over the run); each page request must answer 200.
     */
    static Timing[] time(HttpClient client, HttpClient anonymous, URI gateway, String user, String page, Options options) throws Exception {
        for (int i = 0; i < options.warmup(); i++) {
            get(client, gateway, page);
            get(anonymous, gateway, "/actuator/health");
        }
        long[] millis = new long[options.requests()];
        long[] baseline = new long[options.requests()];
        for (int i = 0; i < options.requests(); i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(client, gateway, page);
            millis[i] = Math.round((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " as " + user + " answered " + response.statusCode() + " during the timed requests");
            }
            start = System.nanoTime();
            get(anonymous, gateway, "/actuator/health");
            baseline[i] = Math.round((System.nanoTime() - start) / 1e6);
        }
        return new Timing[] {new Timing(user, page, 200, millis), new Timing("-", "/actuator/health", 200, baseline)};
    }

    static HttpResponse<String> get(HttpClient client, URI gateway, String page) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(page)).timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    /**
     * Signs in as a browser does: the portal sends the client to Keycloak, whose login form is posted with the
     * demo password; the redirects back through the gateway leave the portal's session cookie in the client.
     */
    static HttpClient signIn(URI gateway, String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> login = get(client, gateway, "/beranda");
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (login.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("no Keycloak login form for " + username + " (" + login.statusCode() + " at " + login.uri() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's login form has no action");
        }
        URI target = login.uri().resolve(action.group(1).replace("&amp;", "&"));
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().getPath().equals("/beranda") || !home.body().contains("id=\"keluar\"")) {
            throw new IllegalStateException(username + " did not reach the portal's home: " + home.statusCode() + " at " + home.uri());
        }
        return client;
    }

    /**
     * Cookies as a browser on localhost keeps them: per host and port, Secure ones too (a browser treats
     * http://localhost as secure; java.net.CookieManager sends Secure cookies over https only, and Keycloak marks its
     * login session cookies Secure). Paths are not told apart: each server only gets its own cookies back anyway.
     */
    static final class Jar extends CookieHandler {

        private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

        private static String origin(URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> jar = cookies.get(origin(uri));
            if (jar == null || jar.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name == null || !name.equalsIgnoreCase("Set-Cookie")) {
                    return;
                }
                for (String value : values) {
                    String[] parts = value.split(";");
                    int eq = parts[0].indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String cookie = parts[0].substring(0, eq).trim();
                    String attributes = value.toLowerCase(Locale.ROOT);
                    Map<String, String> jar = cookies.computeIfAbsent(origin(uri), o -> new ConcurrentHashMap<>());
                    if (attributes.contains("max-age=0") || attributes.contains("1970")) {
                        jar.remove(cookie);
                    } else {
                        jar.put(cookie, parts[0].substring(eq + 1).trim());
                    }
                }
            });
        }
    }

    static final Pattern DRAFT_PLANS = Pattern.compile("data-status=\"DRAFT\">\\s*<th[^>]*>[^<]*</th>\\s*<td class=\"num\">([0-9]+)<");

    /** The roll-up follows Kafka: waits until the national 2024 roll-up counts the Magelang draft plan. */
    static void awaitRollup(HttpClient evaluator, URI gateway) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = get(evaluator, gateway, "/dasbor?year=2024");
            Matcher draft = DRAFT_PLANS.matcher(page.body());
            if (page.statusCode() == 200 && draft.find() && Integer.parseInt(draft.group(1)) > 0) {
                log("the national roll-up has the demo plan");
                return;
            }
            if (page.statusCode() == 404) {
                log("/dasbor is not in the portal (404): timing without waiting for the roll-up");
                return;
            }
            Thread.sleep(2000);
        }
        log("the national roll-up did not show the demo plan within 120 s: timing anyway");
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double totalMemoryGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "portal-pages: " + format + "%n", args);
    }
}
