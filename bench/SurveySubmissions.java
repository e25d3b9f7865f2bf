import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.zi.local.launcher.ComponentStatus;
import id.zi.local.launcher.LocalStack;
import id.zi.local.launcher.Ports;
import java.io.IOException;
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
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load generator and loss check of bench/survey-submissions.sh (issue 5): public SKM submissions through the
 * gateway against the same load straight at survey-service in the same run, then proof that every accepted
 * submission is one response document in MongoDB and one record on {@code zi.survey.response.v1}; and a flood
 * from one client beside ordinary respondents.
 *
 * <p>Starts the whole stack itself ({@link LocalStack}, free ports, the data folder it is given); the gateway must
 * believe {@code X-Forwarded-For} from loopback, so the caller sets {@code ZI_TRUSTED_PROXIES} in this JVM's
 * environment, which every process of the stack inherits. Each submission is one respondent: its own address in
 * {@code X-Forwarded-For}, its own {@code Idempotency-Key}, reused by its retries. Progress goes to stderr;
 * Markdown rows for bench/RESULTS.md to stdout.
 */
public class SurveySubmissions {

    static final String TOPIC = "zi.survey.response.v1";
    static final String OPERATOR = "operator.magelang";
    static final String DEMO_PASSWORD = "zi-demo";
    /** TEST-NET-1 (RFC 5737): an address no respondent has, and no trusted proxy matches. */
    static final String FLOODER = "192.0.2.1";
    static final int MAX_ATTEMPTS = 5;
    static final int REPLAYS_PER_PHASE = 50;
    static final JsonMapper JSON = JsonMapper.shared();

    final Options options;
    final LocalStack stack;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final URI gateway;
    final URI direct;
    final KafkaTally kafka;
    final MongoClient mongo;
    final MongoCollection<Document> responses;
    final AtomicLong addresses = new AtomicLong(1);
    String token;

    SurveySubmissions(Options options, LocalStack stack) {
        this.options = options;
        this.stack = stack;
        Ports ports = stack.ports();
        // 127.0.0.1, never "localhost": the trusted-proxy pattern names the address the gateway sees
        this.gateway = URI.create("http://127.0.0.1:" + ports.gateway() + "/");
        this.direct = URI.create("http://127.0.0.1:" + ports.survey() + "/");
        this.kafka = new KafkaTally(stack.urls().kafkaBootstrap());
        this.mongo = MongoClients.create(stack.urls().mongoUri());
        this.responses = mongo.getDatabase("zi-survey").getCollection("responses");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LocalStack stack = LocalStack.builder()
                .home(options.home)
                .dataDir(options.data)
                .ports(Ports.free())
                .stopOnJvmExit(true)
                .out(System.err)
                .build();
        log("starting the whole stack in %s (ZI_TRUSTED_PROXIES=%s, per-survey limit %s)", options.data,
                System.getenv("ZI_TRUSTED_PROXIES"), System.getenv().getOrDefault("ZI_GATEWAY_RATELIMIT_PERSURVEY_CAPACITY", "as shipped"));
        long started = System.nanoTime();
        int status;
        try {
            stack.start();
            log("stack healthy after %.1f s", seconds(System.nanoTime() - started));
            SurveySubmissions bench = new SurveySubmissions(options, stack);
            try {
                status = bench.run() ? 0 : 1;
            } finally {
                bench.close();
            }
        } finally {
            stack.stop();
        }
        System.exit(status);
    }

    /** @return whether every check held */
    boolean run() throws Exception {
        if (!String.valueOf(System.getenv("ZI_TRUSTED_PROXIES")).contains("127")) {
            throw new IllegalStateException("ZI_TRUSTED_PROXIES must match 127.0.0.1, or every respondent is one client to the gateway");
        }
        kafka.start();
        token = operatorToken();
        double load = loadAverage();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Math.round(totalMemoryGiB()) + " GiB, " + System.getProperty("java.vendor.version", System.getProperty("java.version"));

        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase("warm-up direct", false, 16, options.warmup));
        phases.add(new Phase("warm-up gateway", true, 16, options.warmup));
        for (int i = 0; i < options.levels.length; i++) {
            Phase viaGateway = new Phase("gateway c=" + options.levels[i], true, options.levels[i], options.duration);
            Phase straight = new Phase("direct c=" + options.levels[i], false, options.levels[i], options.duration);
            // alternate the order, so neither side always runs on a machine warmed (or tired) by the other
            if (i % 2 == 0) {
                phases.add(straight);
                phases.add(viaGateway);
            } else {
                phases.add(viaGateway);
                phases.add(straight);
            }
        }
        Phase floodAlone = new Phase("flood baseline", true, options.othersConcurrency, options.flood);
        Phase flood = new Phase("flood", true, options.othersConcurrency, options.flood);
        phases.add(floodAlone);
        phases.add(flood);

        log("creating %d surveys per phase as %s", options.surveysPerPhase, OPERATOR);
        int n = 0;
        for (Phase phase : phases) {
            for (int i = 0; i < options.surveysPerPhase; i++) {
                phase.surveys.add(createSurvey("BENCH-" + (++n)));
            }
        }

        boolean ok = true;
        Map<String, Phase> byLabel = new LinkedHashMap<>();
        for (Phase phase : phases) {
            byLabel.put(phase.label, phase);
            if (phase == flood) {
                runFlood(phase);
            } else {
                log("%s: %d workers for %d s over %d surveys", phase.label, phase.concurrency, phase.seconds, phase.surveys.size());
                Cpu before = Cpu.sample(stack);
                runLoad(phase, phase.stats, phase.concurrency, phase.seconds, null);
                phase.cpu = Cpu.sample(stack).minus(before);
            }
            log("%s: %s", phase.label, phase.stats.summary(phase.elapsedSeconds()));
            phase.onKafkaAtEnd = kafka.ids(phase.surveyIds()).stream().filter(phase.accepted::contains).count();
            replay(phase);
            ok &= check(phase);
        }

        List<String> rows = new ArrayList<>();
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        String command = "`bench/survey-submissions.sh`";
        String env = machine + ", load " + String.format(Locale.ROOT, "%.2f", load) + " before the run";
        for (int level : options.levels) {
            Phase g = byLabel.get("gateway c=" + level);
            Phase d = byLabel.get("direct c=" + level);
            double ratio = g.rate() / d.rate();
            rows.add("| " + date + " | " + command + " c=" + level + ", " + options.duration + " s each | " + env + " | "
                    + g.figures() + " | " + d.figures() + " | **" + fmt(ratio, 2) + "×** req/s; p50 " + fmt(g.stats.percentile(50) / d.stats.percentile(50), 1)
                    + "×, p99 " + fmt(g.stats.percentile(99) / d.stats.percentile(99), 1) + "× |");
        }
        rows.add("| " + date + " | " + command + " flood, " + options.flood + " s | " + env + " | " + flood.floodFigures() + " | "
                + floodAlone.figures() + " | others' req/s **" + fmt(flood.stats.rate(flood.elapsedSeconds()) / floodAlone.rate(), 2) + "×** with the flood |");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println(notes(phases));
        return ok;
    }

    // -----------------------------------------------------------------------------------------------------------
    // load

    /**
     * {@code concurrency} respondents at a time until {@code seconds} are up, each submission from a new address;
     * stops early when {@code stop} is set.
     */
    void runLoad(Phase phase, Stats stats, int concurrency, int seconds, AtomicBoolean stop) {
        URI base = phase.viaGateway ? gateway : direct;
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        phase.markStart();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                workers.submit(() -> {
                    while (System.nanoTime() < deadline && (stop == null || !stop.get())) {
                        Survey survey = phase.surveys.get(ThreadLocalRandom.current().nextInt(phase.surveys.size()));
                        submit(phase, stats, base, survey, nextAddress(), true);
                    }
                });
            }
        }
        phase.markEnd();
    }

    /** One respondent's submission, retried with the same key on 429, 5xx from the gateway and lost connections. */
    Sent submit(Phase phase, Stats stats, URI base, Survey survey, String address, boolean retry) {
        Submission submission = new Submission(survey, "bench-" + UUID.randomUUID(), answers(survey), address);
        for (int attempt = 1; ; attempt++) {
            Answer answer = post(base, submission);
            stats.attempt(answer);
            if (answer.status == 201 || answer.status == 200) {
                String id = JSON.readTree(answer.body).path("responseId").asString();
                phase.accepted.add(id);
                stats.accepted(answer.status == 201);
                if (phase.replayable.size() < REPLAYS_PER_PHASE) {
                    phase.replayable.add(submission);
                }
                return new Sent(submission, answer.status);
            }
            boolean retryable = answer.status == 0 || answer.status == 429 || answer.status == 502 || answer.status == 503
                    || answer.status == 504;
            if (!retry || !retryable || attempt == MAX_ATTEMPTS) {
                stats.failed(answer.status);
                return new Sent(submission, answer.status);
            }
            sleep(answer.retryAfterSeconds() > 0 ? Duration.ofSeconds(answer.retryAfterSeconds()) : Duration.ofMillis(100L << attempt));
        }
    }

    Answer post(URI base, Submission submission) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/surveys/public/" + submission.survey.publicId + "/responses"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", submission.key)
                .header("X-Forwarded-For", submission.address)
                .POST(HttpRequest.BodyPublishers.ofString(submission.json))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), System.nanoTime() - start, response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            return new Answer(0, System.nanoTime() - start, e.toString(), null, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A respondent's answers to every element, and half of them fill in part of the profile. */
    static String answers(Survey survey) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder json = new StringBuilder("{\"answers\": {");
        for (int i = 0; i < survey.elements.size(); i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(survey.elements.get(i)).append("\": ").append(1 + random.nextInt(survey.highest));
        }
        json.append('}');
        if (random.nextBoolean()) {
            json.append(", \"profile\": {\"sex\": \"").append(random.nextBoolean() ? "L" : "P").append("\", \"ageBand\": \"")
                    .append(List.of("UNDER_20", "20_29", "30_39", "40_49", "50_59", "60_PLUS").get(random.nextInt(6))).append("\"}");
        }
        return json.append('}').toString();
    }

    /** 10.0.0.1, 10.0.0.2, …: a private address per respondent, none of them a trusted proxy. */
    String nextAddress() {
        long n = addresses.getAndIncrement();
        return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    /**
     * A client sending far over its limit from one address, beside ordinary respondents on the same surveys at the
     * concurrency of the flood baseline; the flood lasts as long as the others run.
     */
    void runFlood(Phase phase) throws Exception {
        log("flood: one client (%s, %d at a time, never waiting) beside %d respondents at a time for %d s", FLOODER,
                options.floodConcurrency, phase.concurrency, phase.seconds);
        Stats flooder = new Stats();
        phase.flooder = flooder;
        AtomicBoolean othersDone = new AtomicBoolean();
        Cpu before = Cpu.sample(stack);
        List<Submission> refused = Collections.synchronizedList(new ArrayList<>());
        Survey target = phase.surveys.getFirst();
        try (ExecutorService flood = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < options.floodConcurrency; i++) {
                flood.submit(() -> {
                    while (!othersDone.get()) {
                        Sent sent = submit(phase, flooder, gateway, target, FLOODER, false);
                        if (sent.status() == 429 && refused.size() < 3) {
                            refused.add(sent.submission());
                        }
                    }
                });
            }
            // the respondents start once the flood is refused, so every one of them meets it
            long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (flooder.status(429) == 0 && System.nanoTime() < waitUntil) {
                sleep(Duration.ofMillis(5));
            }
            runLoad(phase, phase.stats, phase.concurrency, phase.seconds, null);
            othersDone.set(true);
        }
        phase.cpu = Cpu.sample(stack).minus(before);
        log("flood: flooder %s; 429 problem+json %d/%d, Retry-After %s s", flooder.summary(phase.elapsedSeconds()),
                flooder.problemJson.get(), flooder.status(429), phase.retryAfterRange());
        // a refused submission sent again after Retry-After with its key counts once
        if (!refused.isEmpty()) {
            Submission again = refused.getFirst();
            Patient first = postPatiently(gateway, again);
            Patient second = postPatiently(gateway, again);
            phase.retryAfterRefusal = first.answer().status() + " after waiting " + first.waited() + " s as told, then "
                    + second.answer().status() + " (replayed) after " + second.waited() + " s";
            if (first.answer().status() == 201) {
                phase.accepted.add(JSON.readTree(first.answer().body()).path("responseId").asString());
            }
            phase.retryOk = first.answer().status() == 201 && second.answer().status() == 200
                    && JSON.readTree(second.answer().body()).path("replayed").asBoolean();
            log("flood: a refused submission retried with its key: %s", phase.retryAfterRefusal);
        }
    }

    record Patient(Answer answer, long waited) {
    }

    /** Sends {@code submission} until it is not refused with 429, waiting as Retry-After says (two minutes at most). */
    Patient postPatiently(URI base, Submission submission) {
        long waited = 0;
        Answer answer = post(base, submission);
        while (answer.status() == 429 && waited < 120) {
            long seconds = Math.max(1, answer.retryAfterSeconds());
            sleep(Duration.ofSeconds(seconds));
            waited += seconds;
            answer = post(base, submission);
        }
        return new Patient(answer, waited);
    }

    /** Sends some accepted submissions again with their keys (new addresses): each must be 200, counted once. */
    void replay(Phase phase) {
        URI base = phase.viaGateway ? gateway : direct;
        for (Submission earlier : List.copyOf(phase.replayable)) {
            Submission again = new Submission(earlier.survey, earlier.key, earlier.json, nextAddress());
            Answer answer = post(base, again);
            if (answer.status == 200 && JSON.readTree(answer.body).path("replayed").asBoolean()) {
                phase.replayedOk++;
            } else {
                phase.replayFailures.merge(answer.status, 1, Integer::sum);
            }
        }
    }

    // -----------------------------------------------------------------------------------------------------------
    // loss check

    /**
     * Waits until the relay has put every accepted response of the phase on Kafka and emptied their outboxes, then
     * compares the sets: the response ids the service acknowledged with 2xx, the documents in MongoDB, the records on
     * the topic. Meanwhile samples what the relay's thread is doing; once it is idle, times the queries it makes.
     */
    boolean check(Phase phase) {
        Set<String> surveyIds = phase.surveyIds();
        long end = phase.endNanos;
        long deadline = System.nanoTime() + Duration.ofSeconds(options.catchUpTimeout).toNanos();
        long nextSample = 0;
        while (!kafka.ids(surveyIds).containsAll(phase.accepted) && System.nanoTime() < deadline) {
            if (System.nanoTime() > nextSample && phase.relaySamples.values().stream().mapToInt(Integer::intValue).sum() < 60) {
                relayFrame().ifPresent(frame -> phase.relaySamples.merge(frame, 1, Integer::sum));
                nextSample = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            }
            sleep(Duration.ofMillis(50));
        }
        // zero when the last record had arrived before the load ended
        phase.catchUpSeconds = Math.max(0, seconds(kafka.lastArrival(surveyIds) - end));
        phase.caughtUp = kafka.ids(surveyIds).containsAll(phase.accepted);

        // an event is on Kafka a moment before the relay removes it from its document's outbox
        Set<String> inMongo = new HashSet<>();
        long pending;
        do {
            inMongo.clear();
            pending = 0;
            for (Document document : responses.find(Filters.in("surveyId", surveyIds)).projection(Projections.include("_id", "outbox"))) {
                inMongo.add(document.getString("_id"));
                List<?> outbox = document.getList("outbox", Object.class);
                if (outbox != null && !outbox.isEmpty()) {
                    pending++;
                }
            }
            if (pending > 0) {
                sleep(Duration.ofMillis(500));
            }
        } while (pending > 0 && phase.caughtUp && System.nanoTime() < deadline);
        Set<String> onKafka = kafka.ids(surveyIds);
        phase.kafkaRecords = kafka.records(surveyIds);
        phase.mongoCount = inMongo.size();
        phase.kafkaDistinct = onKafka.size();
        phase.pendingOutbox = pending;
        phase.missingInMongo = phase.accepted.stream().filter(id -> !inMongo.contains(id)).count();
        phase.missingOnKafka = phase.accepted.stream().filter(id -> !onKafka.contains(id)).count();
        phase.unacknowledgedInMongo = inMongo.stream().filter(id -> !phase.accepted.contains(id)).count();
        phase.probe = MongoProbe.run(mongo.getDatabase("zi-survey"), responses);
        boolean ok = phase.lossFree();
        log("%s: loss check %s: 2xx %d, MongoDB %d (%d pending in outboxes), Kafka %d distinct of %d records; %d on Kafka when the load "
                        + "ended, caught up %.1f s later; replays %d/%d answered 200; relay thread in %s; idle, %s",
                phase.label, ok ? "ok" : "FAILED", phase.accepted.size(), phase.mongoCount, pending, phase.kafkaDistinct, phase.kafkaRecords,
                phase.onKafkaAtEnd, phase.catchUpSeconds, phase.replayedOk, phase.replayable.size(), phase.relayProfile(), phase.probe);
        return ok;
    }

    /**
     * The innermost platform or service frame of survey-service's {@code outbox-relay} thread, from a thread dump
     * ({@code jcmd Thread.print}), with the database or broker call under it: e.g. {@code OutboxRelay.lease → updateOne}.
     */
    Optional<String> relayFrame() {
        long pid = stack.status().stream().filter(c -> c.name().equals("survey-service")).mapToLong(ComponentStatus::pid).findFirst().orElse(-1);
        if (pid < 0) {
            return Optional.empty();
        }
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            int at = dump.indexOf("\"outbox-relay\"");
            if (at < 0) {
                return Optional.empty();
            }
            int stop = dump.indexOf("\n\n", at);
            String[] lines = dump.substring(at, stop < 0 ? dump.length() : stop).split("\n");
            String call = null;
            for (String line : lines) {
                String frame = line.trim();
                if (!frame.startsWith("at ")) {
                    continue;
                }
                String method = frame.substring(3, frame.indexOf('(') < 0 ? frame.length() : frame.indexOf('('));
                // the outermost of these frames is the call the relay made: updateOne, into, send, get
                if (method.startsWith("com.mongodb.client.internal.") || method.startsWith("org.apache.kafka.clients.producer.")
                        || method.startsWith("java.util.concurrent.")) {
                    call = method.substring(method.lastIndexOf('.') + 1);
                }
                if (method.startsWith("id.zi.")) {
                    String shortName = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1);
                    return Optional.of(shortName + (call == null ? "" : " → " + call));
                }
            }
            return Optional.of("between passes");
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The queries the outbox relay makes, timed on the idle collection (best of 5), beside a plain lookup by {@code _id}:
     * the search for pending events (reads the whole collection on the embedded server), and taking an aggregate's
     * lease and finding it by owner (the filter its release uses) in the small {@code outbox_leases} collection.
     */
    record MongoProbe(long documents, double byId, double lease, double release, double pending) {

        static MongoProbe run(MongoDatabase database, MongoCollection<Document> responses) {
            String none = "rs-bench-probe-" + UUID.randomUUID();
            MongoCollection<Document> leases = database.getCollection("outbox_leases");
            Bson byId = Filters.eq("_id", "responses/" + none);
            MongoProbe probe = new MongoProbe(responses.countDocuments(),
                    best(() -> responses.find(Filters.eq("_id", none)).first()),
                    // as the relay takes a lease; each one expired at once, so the next one takes it over as an update
                    best(() -> {
                        Date now = new Date();
                        leases.updateOne(Filters.and(byId, Filters.lt("until", now)),
                                Updates.combine(Updates.set("until", new Date(now.getTime() - 1)), Updates.set("owner", "bench")),
                                new UpdateOptions().upsert(true));
                    }),
                    best(() -> leases.find(Filters.and(byId, Filters.eq("owner", "bench"))).first()),
                    best(() -> responses.find(Filters.exists("outbox.id")).projection(Projections.include("outbox")).limit(100)
                            .into(new ArrayList<>())));
            leases.deleteOne(byId);
            return probe;
        }

        private static double best(Runnable query) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                query.run();
                best = Math.min(best, (System.nanoTime() - start) / 1e6);
            }
            return best;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d responses: find by _id %.1f ms, lease %.1f ms, release %.1f ms, pending search %.1f ms",
                    documents, byId, lease, release, pending);
        }
    }

    // -----------------------------------------------------------------------------------------------------------
    // setup

    String operatorToken() throws Exception {
        String form = "grant_type=password&client_id=zi-cli&username=" + OPERATOR + "&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(stack.urls().tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("password grant for " + OPERATOR + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** A standard SKM of the operator's unit for one service type, through the gateway; its form read straight from the service. */
    Survey createSurvey(String code) throws Exception {
        String body = "{\"instrument\": \"SKM\", \"serviceType\": {\"code\": \"" + code + "\", \"name\": \"Layanan uji beban " + code
                + "\"}, \"title\": \"SKM uji beban " + code + "\"}";
        HttpResponse<String> created = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            created = http.send(HttpRequest.newBuilder(gateway.resolve("api/surveys/surveys"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() == 201) {
                break;
            }
            if (created.statusCode() == 401) {
                token = operatorToken();
            }
            // the unit may not have reached survey-service from planning yet
            sleep(Duration.ofSeconds(1));
        }
        if (created.statusCode() != 201) {
            throw new IllegalStateException("creating survey " + code + ": HTTP " + created.statusCode() + " " + created.body());
        }
        JsonNode survey = JSON.readTree(created.body());
        String publicId = survey.path("publicId").asString();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(direct.resolve("api/surveys/public/" + publicId)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (form.statusCode() != 200) {
            throw new IllegalStateException("form of " + publicId + ": HTTP " + form.statusCode() + " " + form.body());
        }
        JsonNode definition = JSON.readTree(form.body());
        List<String> elements = new ArrayList<>();
        definition.path("questions").forEach(q -> elements.add(q.path("code").asString()));
        return new Survey(survey.path("id").asString(), publicId, elements, definition.path("scale").path("highest").asInt());
    }

    String notes(List<Phase> phases) {
        StringBuilder text = new StringBuilder("Loss check per phase (2xx = distinct response ids acknowledged with 201, or 200 on a retry):\n\n");
        text.append("| phase | submissions | 2xx | MongoDB | Kafka (distinct / records) | on Kafka when the load ended | relay caught up after | ")
                .append("replays → 200 | relay thread while catching up (jcmd samples) | idle collection: by _id / lease / release / pending search | ")
                .append("CPU s: gateway / survey / mongo / kafka / generator |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Phase p : phases) {
            text.append("| ").append(p.label).append(" | ").append(p.stats.submissions() + (p.flooder == null ? 0 : p.flooder.submissions()))
                    .append(" | ").append(p.accepted.size()).append(" | ").append(p.mongoCount).append(p.pendingOutbox > 0 ? " (" + p.pendingOutbox + " pending)" : "")
                    .append(" | ").append(p.kafkaDistinct).append(" / ").append(p.kafkaRecords)
                    .append(" | ").append(p.onKafkaAtEnd)
                    .append(" | ").append(p.caughtUp ? fmt(p.catchUpSeconds, 1) + " s" : "NOT after " + options.catchUpTimeout + " s")
                    .append(" | ").append(p.replayedOk).append('/').append(p.replayable.size()).append(p.replayFailures.isEmpty() ? "" : " " + p.replayFailures)
                    .append(" | ").append(p.relayProfile())
                    .append(" | ").append(p.probe == null ? "-" : p.probe.documents() + " docs: " + fmt(p.probe.byId(), 1) + " / " + fmt(p.probe.lease(), 1)
                            + " / " + fmt(p.probe.release(), 1) + " / " + fmt(p.probe.pending(), 1) + " ms")
                    .append(" | ").append(p.cpu == null ? "-" : p.cpu.describe()).append(" |\n");
        }
        text.append("\nMemory at the end (RSS): ");
        text.append(stack.status().stream().filter(s -> s.rssBytes() > 0)
                .map(s -> s.name() + " " + (s.rssBytes() >> 20) + " MB").collect(Collectors.joining(", ")));
        return text.toString();
    }

    void close() {
        kafka.stop();
        mongo.close();
    }

    // -----------------------------------------------------------------------------------------------------------
    // data

    record Survey(String id, String publicId, List<String> elements, int highest) {
    }

    record Submission(Survey survey, String key, String json, String address) {
    }

    /** A submission and the status of its last attempt. */
    record Sent(Submission submission, int status) {
    }

    /** One HTTP exchange; status 0 when no answer came (connection refused, reset, timed out). */
    record Answer(int status, long nanos, String body, String retryAfter, String contentType) {

        long retryAfterSeconds() {
            try {
                return retryAfter == null ? 0 : Long.parseLong(retryAfter.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /** What one kind of client saw: each attempt's status, latencies of the 2xx ones, final outcomes. */
    static final class Stats {
        final Map<Integer, LongAdder> attempts = new ConcurrentHashMap<>();
        final Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
        final LongAdder created = new LongAdder();
        final LongAdder replayedOnRetry = new LongAdder();
        final List<long[]> latencyChunks = Collections.synchronizedList(new ArrayList<>());
        final ThreadLocal<long[]> chunk = new ThreadLocal<>();
        final ThreadLocal<int[]> used = ThreadLocal.withInitial(() -> new int[1]);
        final AtomicLong minRetryAfter = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong maxRetryAfter = new AtomicLong();
        final AtomicLong problemJson = new AtomicLong();
        long[] sorted;

        void attempt(Answer answer) {
            attempts.computeIfAbsent(answer.status, s -> new LongAdder()).increment();
            if (answer.status / 100 == 2) {
                record(answer.nanos);
            }
            if (answer.status == 429) {
                long seconds = answer.retryAfterSeconds();
                minRetryAfter.accumulateAndGet(seconds, Math::min);
                maxRetryAfter.accumulateAndGet(seconds, Math::max);
                if (answer.contentType.startsWith("application/problem+json") && JSON.readTree(answer.body).path("status").asInt() == 429) {
                    problemJson.incrementAndGet();
                }
            }
        }

        private void record(long nanos) {
            long[] current = chunk.get();
            int[] n = used.get();
            if (current == null || n[0] == current.length) {
                current = new long[4096];
                chunk.set(current);
                n[0] = 0;
                latencyChunks.add(current);
            }
            current[n[0]++] = nanos;
        }

        void accepted(boolean created) {
            (created ? this.created : replayedOnRetry).increment();
        }

        void failed(int status) {
            failures.computeIfAbsent(status, s -> new LongAdder()).increment();
        }

        long status(int status) {
            LongAdder count = attempts.get(status);
            return count == null ? 0 : count.sum();
        }

        long acceptedCount() {
            return created.sum() + replayedOnRetry.sum();
        }

        long submissions() {
            return acceptedCount() + failures.values().stream().mapToLong(LongAdder::sum).sum();
        }

        double rate(double seconds) {
            return acceptedCount() / seconds;
        }

        /** Milliseconds; the chunks hold zeros past their fill mark, which are dropped (no exchange takes 0 ns). */
        double percentile(double p) {
            if (sorted == null) {
                sorted = latencyChunks.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
            }
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String errors() {
            Map<Integer, Long> nonSuccess = new TreeMap<>();
            attempts.forEach((status, count) -> {
                if (status / 100 != 2) {
                    nonSuccess.put(status, count.sum());
                }
            });
            if (nonSuccess.isEmpty()) {
                return "no errors";
            }
            return "attempts answered " + nonSuccess.entrySet().stream().map(e -> (e.getKey() == 0 ? "no answer" : e.getKey().toString()) + "×" + e.getValue())
                    .collect(Collectors.joining(", ")) + (failures.isEmpty() ? " (all retried to 2xx)" : "; failed for good: "
                    + failures.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue().sum()).collect(Collectors.joining(", ")));
        }

        String summary(double seconds) {
            return String.format(Locale.ROOT, "%d accepted (%d created, %d replayed on a retry) = %.1f/s, p50 %.1f ms, p99 %.1f ms, %s",
                    acceptedCount(), created.sum(), replayedOnRetry.sum(), rate(seconds), percentile(50), percentile(99), errors());
        }
    }

    final class Phase {
        final String label;
        final boolean viaGateway;
        final int concurrency;
        final int seconds;
        final List<Survey> surveys = new ArrayList<>();
        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final List<Submission> replayable = Collections.synchronizedList(new ArrayList<>());
        final Stats stats = new Stats();
        final Map<Integer, Integer> replayFailures = new TreeMap<>();
        Stats flooder;
        long startNanos;
        long endNanos;
        Cpu cpu;
        int replayedOk;
        long onKafkaAtEnd;
        double catchUpSeconds;
        boolean caughtUp;
        long kafkaRecords;
        long mongoCount;
        long kafkaDistinct;
        long pendingOutbox;
        long missingInMongo;
        long missingOnKafka;
        long unacknowledgedInMongo;
        MongoProbe probe;
        final Map<String, Integer> relaySamples = new TreeMap<>();
        String retryAfterRefusal = "no refused submission to retry";
        boolean retryOk = true;

        Phase(String label, boolean viaGateway, int concurrency, int seconds) {
            this.label = label;
            this.viaGateway = viaGateway;
            this.concurrency = concurrency;
            this.seconds = seconds;
        }

        Set<String> surveyIds() {
            return surveys.stream().map(Survey::id).collect(Collectors.toSet());
        }

        void markStart() {
            startNanos = System.nanoTime();
        }

        void markEnd() {
            endNanos = System.nanoTime();
        }

        double elapsedSeconds() {
            return seconds(endNanos - startNanos);
        }

        double rate() {
            return stats.rate(elapsedSeconds());
        }

        String relayProfile() {
            int total = relaySamples.values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) {
                return "no sample (caught up at once)";
            }
            return relaySamples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + e.getValue() + "/" + total).collect(Collectors.joining(", "));
        }

        boolean lossFree() {
            return replayedOk == replayable.size() && caughtUp && missingInMongo == 0 && missingOnKafka == 0 && unacknowledgedInMongo == 0 && pendingOutbox == 0
                    && mongoCount == accepted.size() && kafkaDistinct == accepted.size() && retryOk;
        }

        String lossCheck() {
            return (lossFree() ? "none lost: " : "**LOSS CHECK FAILED**: ") + "2xx " + accepted.size() + " = MongoDB " + mongoCount + " = Kafka "
                    + kafkaDistinct + (kafkaRecords != kafkaDistinct ? " (" + kafkaRecords + " records)" : "")
                    + (caughtUp ? ", relay caught up " + fmt(catchUpSeconds, 1) + " s after the load" : ", relay NOT caught up")
                    + ", " + replayedOk + "/" + replayable.size() + " replays 200";
        }

        String cpuPerRequest() {
            if (cpu == null || accepted.isEmpty()) {
                return "";
            }
            return "; CPU ms per submission: " + cpu.perRequest(accepted.size());
        }

        String figures() {
            return String.format(Locale.ROOT, "%s: **%.1f req/s**, p50 %.1f ms, p99 %.1f ms, %s; %s%s", viaGateway ? "gateway" : "direct",
                    rate(), stats.percentile(50), stats.percentile(99), stats.errors(), lossCheck(), cpuPerRequest());
        }

        String retryAfterRange() {
            if (flooder == null || flooder.status(429) == 0) {
                return "-";
            }
            long min = flooder.minRetryAfter.get();
            long max = flooder.maxRetryAfter.get();
            return min == max ? Long.toString(min) : min + "–" + max;
        }

        String floodFigures() {
            double elapsed = elapsedSeconds();
            return String.format(Locale.ROOT, "flooder (one address, %d at a time): %d sent, %d accepted, %d × 429 (%d problem+json, Retry-After %s s), "
                            + "other codes: %s; refused one retried with its key: %s. Others beside it (%d at a time, each a new address): "
                            + "**%.1f req/s**, p50 %.1f ms, p99 %.1f ms, %s; %s", options.floodConcurrency, flooder.submissions(), flooder.acceptedCount(),
                    flooder.status(429), flooder.problemJson.get(), retryAfterRange(), otherCodes(flooder), retryAfterRefusal, concurrency,
                    stats.rate(elapsed), stats.percentile(50), stats.percentile(99), stats.errors(), lossCheck());
        }

        private String otherCodes(Stats s) {
            String codes = s.attempts.entrySet().stream().filter(e -> e.getKey() != 429 && e.getKey() != 201)
                    .map(e -> e.getKey() + "×" + e.getValue().sum()).collect(Collectors.joining(", "));
            return codes.isEmpty() ? "none" : codes;
        }
    }

    /** CPU seconds each process of interest used, from /proc (utime + stime). */
    record Cpu(Map<String, Double> seconds) {

        static final List<String> WATCHED = List.of("gateway", "survey-service", "mongo", "kafka");

        static Cpu sample(LocalStack stack) {
            Map<String, Double> seconds = new LinkedHashMap<>();
            Map<String, Long> pids = stack.status().stream().collect(Collectors.toMap(ComponentStatus::name, ComponentStatus::pid));
            for (String name : WATCHED) {
                seconds.put(name, cpuSeconds(pids.getOrDefault(name, -1L)));
            }
            seconds.put("generator", cpuSeconds(ProcessHandle.current().pid()));
            return new Cpu(seconds);
        }

        static double cpuSeconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields after the command: state is 0, so utime (14th) is 11 and stime 12; clock ticks of 1/100 s
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        Cpu minus(Cpu before) {
            Map<String, Double> delta = new LinkedHashMap<>();
            seconds.forEach((name, value) -> delta.put(name, value - before.seconds.get(name)));
            return new Cpu(delta);
        }

        String describe() {
            return seconds.values().stream().map(v -> fmt(v, 1)).collect(Collectors.joining(" / "));
        }

        String perRequest(long requests) {
            return seconds.entrySet().stream().map(e -> e.getKey() + " " + fmt(e.getValue() * 1000 / requests, 2)).collect(Collectors.joining(", "));
        }
    }

    /** Reads {@value #TOPIC} from the start for the whole run: per survey, the response ids seen and the records. */
    static final class KafkaTally {
        final String bootstrap;
        final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
        final Map<String, LongAdder> records = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> lastArrival = new ConcurrentHashMap<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread thread;

        KafkaTally(String bootstrap) {
            this.bootstrap = bootstrap;
        }

        void start() {
            Properties properties = new Properties();
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, "zi-bench-" + UUID.randomUUID());
            properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
            thread = Thread.ofPlatform().name("kafka-tally").start(() -> {
                try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer())) {
                    consumer.subscribe(List.of(TOPIC));
                    while (running.get()) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            JsonNode event = JSON.readTree(record.value());
                            String survey = event.path("surveyId").asString();
                            ids.computeIfAbsent(survey, s -> ConcurrentHashMap.newKeySet()).add(event.path("responseId").asString());
                            records.computeIfAbsent(survey, s -> new LongAdder()).increment();
                            lastArrival.computeIfAbsent(survey, s -> new AtomicLong()).set(System.nanoTime());
                        }
                    }
                }
            });
        }

        Set<String> ids(Set<String> surveys) {
            Set<String> all = new HashSet<>();
            surveys.forEach(s -> all.addAll(ids.getOrDefault(s, Set.of())));
            return all;
        }

        long records(Set<String> surveys) {
            return surveys.stream().mapToLong(s -> records.containsKey(s) ? records.get(s).sum() : 0).sum();
        }

        long lastArrival(Set<String> surveys) {
            return surveys.stream().mapToLong(s -> lastArrival.containsKey(s) ? lastArrival.get(s).get() : 0).max().orElse(0);
        }

        void stop() {
            running.set(false);
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    record Options(Path home, Path data, int duration, int[] levels, int surveysPerPhase, int warmup, int flood, int floodConcurrency,
            int othersConcurrency, int catchUpTimeout) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Options(Path.of(given.getOrDefault("home", ".")).toAbsolutePath().normalize(),
                    Path.of(required(given, "data")).toAbsolutePath(),
                    Integer.parseInt(given.getOrDefault("duration", "60")),
                    Arrays.stream(given.getOrDefault("levels", "4,16,64").split(",")).mapToInt(Integer::parseInt).toArray(),
                    Integer.parseInt(given.getOrDefault("surveys", "10")),
                    Integer.parseInt(given.getOrDefault("warmup", "15")),
                    Integer.parseInt(given.getOrDefault("flood", "20")),
                    Integer.parseInt(given.getOrDefault("flood-concurrency", "8")),
                    Integer.parseInt(given.getOrDefault("others-concurrency", "8")),
                    Integer.parseInt(given.getOrDefault("catch-up-timeout", "600")));
        }

        private static String required(Map<String, String> given, String name) {
            String value = given.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }
    }

    // -----------------------------------------------------------------------------------------------------------

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

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "survey-submissions: " + format + "%n", args);
    }
}
