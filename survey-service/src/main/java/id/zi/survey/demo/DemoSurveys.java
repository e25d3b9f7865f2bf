package id.zi.survey.demo;

import id.zi.platform.scope.Caller;
import id.zi.platform.scope.OrgScope;
import id.zi.survey.orgunit.OrgUnitProjection;
import id.zi.survey.period.PeriodKey;
import id.zi.survey.response.PublicAnswering;
import id.zi.survey.result.PeriodResult;
import id.zi.survey.result.SurveyResults;
import id.zi.survey.survey.Instrument;
import id.zi.survey.survey.ServiceType;
import id.zi.survey.survey.Survey;
import id.zi.survey.survey.SurveyDraft;
import id.zi.survey.survey.SurveyLifecycle;
import id.zi.survey.survey.SurveyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Surveys for the demo unit DPMPTSP Kota Magelang, once the org directory has told this service about it:
 * the SKM of "Perizinan Berusaha" with about 120 responses over 2024 and the first quarter of 2025, the 2024
 * quarters' populations and improvement plans entered and published, and SPAK and SPKP with their stars for
 * the end of 2024 and early 2025 (2025-Q1 published). Everything goes through the same lifecycle, answering
 * and publication a unit's would, with a fixed seed and fixed idempotency keys, so loading again (after a
 * restart, or after a crash half way) adds nothing twice.
 */
@Component
@ConditionalOnProperty(name = "zi.demo.enabled", havingValue = "true")
class DemoSurveys implements ApplicationRunner {

    static final String UNIT = "33.71.dpmptsp";
    static final ServiceType PERIZINAN_BERUSAHA = new ServiceType("PB-UMKU", "Perizinan Berusaha");
    /** Responses per quarter: 2024-Q1 … 2024-Q4, 2025-Q1. */
    static final Map<String, Integer> SKM_RESPONSES = orderedMap("2024-Q1", 26, "2024-Q2", 24, "2024-Q3", 25, "2024-Q4", 23, "2025-Q1", 22);
    /** Service users the unit counted per published quarter. */
    static final Map<String, Integer> POPULATIONS = orderedMap("2024-Q1", 31, "2024-Q2", 27, "2024-Q3", 33, "2024-Q4", 25);
    static final Map<String, Integer> PERCEPTION_RESPONSES = orderedMap("2024-Q4", 12, "2025-Q1", 34);
    private static final long SEED = 3371_2024L;
    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

    private final SurveyLifecycle lifecycle;
    private final SurveyStore store;
    private final PublicAnswering answering;
    private final SurveyResults results;
    private final OrgUnitProjection units;
    private final JsonMapper json;

    DemoSurveys(SurveyLifecycle lifecycle, SurveyStore store, PublicAnswering answering, SurveyResults results, OrgUnitProjection units,
            JsonMapper json) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.answering = answering;
        this.results = results;
        this.units = units;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("demo-surveys").start(this::loadWhenTheUnitIsKnown);
    }

    private void loadWhenTheUnitIsKnown() {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(giveUp)) {
            try {
                Optional<OrgUnitProjection.OrgUnit> unit = units.find(UNIT).filter(found -> found.path() != null);
                if (unit.isPresent()) {
                    load(unit.get().path());
                    return;
                }
            } catch (RuntimeException e) {
                log.info("demo surveys wait for the database: {}", e.getMessage());
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("demo surveys not loaded: unit {} did not arrive from planning within 10 minutes", UNIT);
    }

    void load(String unitPath) {
        OrgScope own = new OrgScope(unitPath);
        Caller operator = new Caller("operator.magelang", Set.of(SurveyLifecycle.UNIT_OPERATOR), UNIT, own, own);
        Caller head = new Caller("kepala.magelang", Set.of(SurveyLifecycle.UNIT_HEAD), UNIT, own, own);
        Random random = new Random(SEED);

        Survey skm = surveyOf(operator, Instrument.SKM);
        int skmCount = 0;
        for (Map.Entry<String, Integer> quarter : SKM_RESPONSES.entrySet()) {
            PeriodKey period = PeriodKey.parse(quarter.getKey(), "period");
            for (int i = 0; i < quarter.getValue(); i++) {
                answer(skm, "demo-skm-" + period + "-" + i, skmAnswers(random, period), profile(random), moment(random, period));
                skmCount++;
            }
        }
        for (Map.Entry<String, Integer> quarter : POPULATIONS.entrySet()) {
            PeriodKey period = PeriodKey.parse(quarter.getKey(), "period");
            skm = lifecycle.setPopulation(operator, skm.id(), period, (long) quarter.getValue(), null);
            PeriodResult result = results.live(skm, period);
            skm = lifecycle.setFollowUp(operator, skm.id(), period, followUp(result, period), null);
            results.publish(head, skm.id(), period);
        }

        int perceptionCount = 0;
        for (Instrument instrument : List.of(Instrument.SPAK, Instrument.SPKP)) {
            Survey survey = surveyOf(operator, instrument);
            for (Map.Entry<String, Integer> quarter : PERCEPTION_RESPONSES.entrySet()) {
                PeriodKey period = PeriodKey.parse(quarter.getKey(), "period");
                for (int i = 0; i < quarter.getValue(); i++) {
                    answer(survey, "demo-" + instrument.name().toLowerCase() + "-" + period + "-" + i, stars(random, survey), profile(random),
                            moment(random, period));
                    perceptionCount++;
                }
            }
            results.publish(head, survey.id(), PeriodKey.parse("2025-Q1", "period"));
        }
        log.info("demo surveys of {} loaded: SKM {} responses, 2024 quarters published; SPAK and SPKP {} responses, 2025-Q1 published", UNIT,
                skmCount, perceptionCount);
    }

    private Survey surveyOf(Caller operator, Instrument instrument) {
        return store.ofUnit(UNIT).stream()
                .filter(survey -> survey.instrument() == instrument && survey.serviceType().code().equals(PERIZINAN_BERUSAHA.code()))
                .findFirst()
                .orElseGet(() -> lifecycle.create(operator, new SurveyDraft(instrument.name(), PERIZINAN_BERUSAHA,
                        instrument.title() + " Perizinan Berusaha", "QUARTER", null, null, null)));
    }

    private void answer(Survey survey, String key, Map<String, Integer> answers, Map<String, String> profile, Instant at) {
        JsonNode answerNode = json.valueToTree(answers);
        JsonNode profileNode = profile.isEmpty() ? null : json.valueToTree(profile);
        answering.answer(survey, key, answerNode, profileNode, at);
    }

    /**
     * Waiting time (U3) and complaints handling (U8) start low and improve once the plans of 2024 take hold;
     * staff behaviour (U7) and cost (U4: free of charge) are rated well throughout.
     */
    private static Map<String, Integer> skmAnswers(Random random, PeriodKey period) {
        int step = (period.year() - 2024) * 4 + period.number() - 1;
        Map<String, Double> quality = new LinkedHashMap<>();
        quality.put("U1", 3.15 + 0.04 * step);
        quality.put("U2", 3.0 + 0.06 * step);
        quality.put("U3", 2.55 + 0.16 * step);
        quality.put("U4", 3.7);
        quality.put("U5", 3.2 + 0.03 * step);
        quality.put("U6", 3.25 + 0.03 * step);
        quality.put("U7", 3.45);
        quality.put("U8", 2.6 + 0.14 * step);
        quality.put("U9", 3.05 + 0.05 * step);
        Map<String, Integer> answers = new LinkedHashMap<>();
        quality.forEach((code, mean) -> answers.put(code, clamp((int) Math.round(mean + random.nextGaussian() * 0.55), 1, 4)));
        return answers;
    }

    private static Map<String, Integer> stars(Random random, Survey survey) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String code : survey.current().codes()) {
            double mean = code.equals("SPKP4") ? 4.6 : code.startsWith("SPAK") ? 5.5 : 5.1;
            answers.put(code, clamp((int) Math.round(mean + random.nextGaussian() * 0.7), 1, survey.current().highestAnswer()));
        }
        return answers;
    }

    private static Map<String, String> profile(Random random) {
        Map<String, String> profile = new LinkedHashMap<>();
        if (random.nextDouble() < 0.9) {
            profile.put("sex", random.nextDouble() < 0.55 ? "L" : "P");
        }
        if (random.nextDouble() < 0.85) {
            profile.put("ageBand", pick(random, List.of("20_29", "30_39", "30_39", "40_49", "40_49", "50_59", "60_PLUS", "UNDER_20")));
        }
        if (random.nextDouble() < 0.8) {
            profile.put("education", pick(random, List.of("SMP", "SMA", "SMA", "SMA", "DIPLOMA", "S1", "S1", "S2")));
        }
        if (random.nextDouble() < 0.85) {
            profile.put("occupation", pick(random, List.of("WIRAUSAHA", "WIRAUSAHA", "WIRAUSAHA", "SWASTA", "SWASTA", "PNS", "LAINNYA")));
        }
        if (random.nextDouble() < 0.5) {
            profile.put("serviceReceived", pick(random, List.of("NIB usaha mikro", "Sertifikat standar", "PB-UMKU toko kelontong",
                    "Izin usaha kuliner", "Perubahan data NIB")));
        }
        return profile;
    }

    /** A working day of the quarter, during office hours in Magelang. */
    private static Instant moment(Random random, PeriodKey period) {
        YearMonth month = period.firstMonth().plusMonths(random.nextInt(3));
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.minusDays(1);
        }
        if (day.isBefore(month.atDay(1))) {
            day = day.plusDays(3);
        }
        LocalDateTime at = day.atTime(8 + random.nextInt(7), random.nextInt(60));
        return at.atZone(PublicAnswering.WIB).toInstant();
    }

    private static List<SurveyLifecycle.FollowUpInput> followUp(PeriodResult result, PeriodKey period) {
        String target = period.lastMonth().plusMonths(3).atEndOfMonth().toString();
        List<SurveyLifecycle.FollowUpInput> items = new ArrayList<>();
        for (String code : result.lowestElements().subList(0, Math.min(2, result.lowestElements().size()))) {
            items.add(new SurveyLifecycle.FollowUpInput(code, ACTIONS.getOrDefault(code, "Evaluasi dan perbaikan unsur " + code + " bersama tim ZI"),
                    PIC.getOrDefault(code, "Kepala Bidang Pelayanan Perizinan"), target));
        }
        return items;
    }

    private static final Map<String, String> ACTIONS = Map.of(
            "U1", "Menyederhanakan daftar persyaratan PB-UMKU dan menampilkannya di loket dan situs",
            "U2", "Menyusun alur layanan bergambar dan menempatkan petugas pendamping di ruang tunggu",
            "U3", "Menambah petugas verifikasi berkas pada hari Senin dan Selasa dan memantau waktu penyelesaian tiap minggu",
            "U5", "Memeriksa kesesuaian produk izin dengan standar pelayanan sebelum diserahkan",
            "U6", "Pelatihan teknis OSS RBA bagi petugas front office",
            "U8", "Membuka kanal pengaduan WhatsApp dan menjawab setiap pengaduan paling lambat 2 hari kerja",
            "U9", "Memperbaiki kursi ruang tunggu dan menambah pojok pengisian daya ponsel");
    private static final Map<String, String> PIC = Map.of(
            "U3", "Kepala Bidang Pelayanan Perizinan",
            "U8", "Sekretaris Dinas",
            "U9", "Kepala Subbagian Umum dan Kepegawaian");

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static int clamp(int value, int lowest, int highest) {
        return Math.max(lowest, Math.min(highest, value));
    }

    private static Map<String, Integer> orderedMap(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }
}
