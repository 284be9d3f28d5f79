package no.nav.overgang.simulator;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import no.nav.overgang.events.payload.DisabilityDecisionResult;
import no.nav.overgang.events.payload.MilestoneType;
import no.nav.overgang.events.payload.SourceSystem;

/**
 * Generates synthetic case histories: paths through sickness benefit, AAP and a disability claim to an outcome,
 * with the timing distributions of docs/SIMULATOR.md. Each person has their own random stream derived from the seed,
 * so a person's history does not change when the number of persons does.
 */
public final class CaseHistories {

    /** Arbeidsgiverperioden: the employer pays the first 16 calendar days. */
    static final int EMPLOYER_PERIOD_DAYS = 16;
    /** Sykepenger are paid for at most 248 weekdays; the day the last is used is maksdato. */
    static final int BENEFIT_DAYS = 248;
    static final int WEEK_39 = 273;
    /** Time from the index moment to clarification: Weibull, shape and scale (days) without exposure. */
    static final double WEIBULL_SHAPE = 1.3;
    static final double WEIBULL_SCALE_DAYS = 300;
    static final double DEATHS_PER_YEAR = 0.01;
    static final double EMIGRATIONS_PER_YEAR = 0.005;
    static final int RETIREMENT_AGE = 67;
    /** Generated histories stop here (then filtered by {@code until}), so they never depend on {@code until}. */
    static final int HORIZON_YEARS = 5;

    private final SimulationSettings settings;

    public CaseHistories(SimulationSettings settings) {
        this.settings = settings;
    }

    /** How a person's history ended (as far as the simulation goes), the ground truth a benchmark can compare with. */
    public enum Outcome {
        RETURNED_TO_WORK, DISABILITY_GRANTED, DISABILITY_PARTLY_GRANTED, DISABILITY_REFUSED,
        DISABILITY_REFUSED_MEASURES_CONDITION, DIED, REACHED_RETIREMENT_AGE, EMIGRATED, NOT_YET;

        boolean clarifies() {
            return ordinal() <= DISABILITY_REFUSED_MEASURES_CONDITION.ordinal();
        }
    }

    /**
     * @param path        "sykepenger-short" (back at work before week 39), "sykepenger" (reached week 39) or "aap"
     * @param indexDate   week 39 or the AAP grant: where the time to clarification is measured from; null for short
     * @param exposed     in the simulator's exposed group, whose hazard of clarification is multiplied by the ratio
     * @param outcomeDate null when the outcome is NOT_YET by {@code until}
     */
    public record Person(int person, String nationalId, String office, String path, boolean exposed,
                         LocalDate indexDate, Outcome outcome, LocalDate outcomeDate) {

        @Override
        public String toString() {
            return "Person[%d %s %s]".formatted(person, path, outcome);
        }
    }

    public record Simulation(List<SourceRecord> records, List<Person> persons) {

        public long milestones() {
            return records.stream().filter(SourceRecord::milestone).count();
        }
    }

    public Simulation generate() {
        List<SourceRecord> records = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        Set<String> nationalIds = new HashSet<>();
        for (int p = 0; p < settings.persons(); p++) {
            PersonHistory history = new PersonHistory(p, nationalIds);
            persons.add(history.generate());
            history.records.stream().filter(r -> !r.occurredAt().isAfter(settings.until())).forEach(records::add);
        }
        records.sort(Comparator.comparing(SourceRecord::occurredAt));
        return new Simulation(List.copyOf(records), List.copyOf(persons));
    }

    /** The weekday on which the 248th benefit day is used. */
    static LocalDate maxDate(LocalDate firstSickDay) {
        LocalDate day = firstSickDay.plusDays(EMPLOYER_PERIOD_DAYS);
        int used = 0;
        while (true) {
            if (isWeekday(day) && ++used == BENEFIT_DAYS) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    /** Benefit days used from the end of the employer period through {@code date}. */
    static int usedDays(LocalDate firstSickDay, LocalDate date) {
        int used = 0;
        for (LocalDate day = firstSickDay.plusDays(EMPLOYER_PERIOD_DAYS); !day.isAfter(date); day = day.plusDays(1)) {
            if (isWeekday(day)) {
                used++;
            }
        }
        return Math.min(used, BENEFIT_DAYS);
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private final class PersonHistory {

        private final int person;
        private final SplittableRandom random;
        private final List<SourceRecord> records = new ArrayList<>();
        private final SourceFormats formats;
        private final String nationalId;
        private final LocalDate birth;
        private final LocalDate start;
        private final String firstOffice;
        private final String newOffice;
        private final boolean exposed;
        private LocalDate moveDate;

        PersonHistory(int person, Set<String> taken) {
            this.person = person;
            this.random = new SplittableRandom(settings.seed() * 1_000_003L + person);
            this.start = settings.from().plusDays(random.nextInt(settings.entryWindowDays()));
            LocalDate born;
            String id;
            do {
                // working age at the start, 25 to 66, more of them older (density rising with age)
                born = start.minusYears(25 + (int) (42 * Math.sqrt(random.nextDouble())))
                        .minusDays(random.nextInt(365));
                if (born.getYear() < 1940 || born.getYear() > 1999) {
                    born = born.withYear(Math.clamp(born.getYear(), 1940, 1999));
                }
                id = SyntheticNationalIds.generate(born, random);
            } while (!taken.add(id));
            this.birth = born;
            this.nationalId = id;
            List<String> offices = settings.offices();
            this.firstOffice = offices.get(random.nextInt(offices.size()));
            this.newOffice = offices.get(random.nextInt(offices.size()));
            this.exposed = random.nextDouble() < settings.pilotShare();
            int[] counter = {0};
            this.formats = new SourceFormats(nationalId, "sf-" + uuid("spell"), "AAP" + (100000 + person),
                    String.valueOf(22000000 + person), () -> uuid("event-" + counter[0]++));
        }

        Person generate() {
            double path = random.nextDouble();
            if (path < 0.40) {
                // back at work before week 39: log-normal, median 10 weeks
                long days = Math.clamp(Math.round(Math.exp(Math.log(70) + 0.6 * random.nextGaussian())), 14,
                        WEEK_39 - 1);
                LocalDate back = start.plusDays(days);
                decideMove(start, back);
                sickLeave(start, back, "FRISKMELDT");
                return person("sykepenger-short", null, Outcome.RETURNED_TO_WORK, back);
            }
            boolean directAap = path < 0.65;
            LocalDate index = directAap ? start : start.plusDays(WEEK_39);
            Drawn drawn = drawOutcome(index);
            decideMove(start, drawn.date);
            if (directAap) {
                String entitlement = pick(new String[] {"BISTANDSBEHOV", "ARBEIDSSØKER", "STUDENT"},
                        new double[] {0.8, 0.12, 0.08});
                aap(start, entitlement, drawn);
                return person("aap", index, drawn.outcome, drawn.date);
            }
            LocalDate maxDate = maxDate(start);
            if (!drawn.date.isAfter(maxDate)) {
                sickLeaveUntilOutcome(start, maxDate, drawn);
            } else {
                sickLeave(start, maxDate, "MAKSDATO");
                if (random.nextDouble() < 0.85) {
                    LocalDate grant = maxDate.plusDays(1 + random.nextInt(21));
                    aap(grant, random.nextDouble() < 0.8 ? "BISTANDSBEHOV" : "SYKEPENGEERSTATNING", drawn);
                } else {
                    outcomeWithoutBenefit(drawn);
                }
            }
            return person("sykepenger", index, drawn.outcome, drawn.date);
        }

        private Person person(String path, LocalDate index, Outcome outcome, LocalDate date) {
            boolean happened = date != null && !instant(date).isAfter(settings.until());
            return new Person(person, nationalId, firstOffice, path, exposed, index,
                    happened ? outcome : Outcome.NOT_YET, happened ? date : null);
        }

        /** The outcome that comes first: clarification, death, retirement, emigration, or none within the horizon. */
        private Drawn drawOutcome(LocalDate index) {
            double scale = WEIBULL_SCALE_DAYS * (exposed ? Math.pow(settings.hazardRatio(), -1 / WEIBULL_SHAPE) : 1);
            LocalDate clarified = index.plusDays(1 + Math.round(scale * Math.pow(-Math.log(1 - random.nextDouble()),
                    1 / WEIBULL_SHAPE)));
            LocalDate died = index.plusDays(1 + Math.round(exponentialDays(DEATHS_PER_YEAR)));
            LocalDate emigrated = index.plusDays(1 + Math.round(exponentialDays(EMIGRATIONS_PER_YEAR)));
            LocalDate retired = birth.plusYears(RETIREMENT_AGE);
            LocalDate horizon = settings.from().plusDays(settings.entryWindowDays()).plusYears(HORIZON_YEARS);
            LocalDate first = min(min(clarified, died), min(emigrated, min(retired, horizon)));
            Drawn drawn;
            if (first.equals(clarified)) {
                drawn = clarification(index, clarified);
            } else if (first.equals(died)) {
                drawn = new Drawn(Outcome.DIED, died, null);
            } else if (first.equals(retired)) {
                drawn = new Drawn(Outcome.REACHED_RETIREMENT_AGE, retired.isAfter(index) ? retired : index.plusDays(1),
                        null);
            } else if (first.equals(emigrated)) {
                drawn = new Drawn(Outcome.EMIGRATED, emigrated, null);
            } else {
                drawn = new Drawn(Outcome.NOT_YET, horizon, null);
            }
            return drawn;
        }

        private Drawn clarification(LocalDate index, LocalDate date) {
            if (random.nextDouble() < 0.4) {
                return new Drawn(Outcome.RETURNED_TO_WORK, date, null);
            }
            LocalDate claim = date.minusDays(90 + random.nextInt(91));
            if (!claim.isAfter(index)) {
                claim = index.plusDays(Math.max(1, ChronoUnit.DAYS.between(index, date) / 3));
            }
            double u = random.nextDouble();
            Outcome outcome = u < 0.5 ? Outcome.DISABILITY_GRANTED
                    : u < 0.7 ? Outcome.DISABILITY_PARTLY_GRANTED
                    : random.nextDouble() < 0.4 ? Outcome.DISABILITY_REFUSED_MEASURES_CONDITION
                    : Outcome.DISABILITY_REFUSED;
            return new Drawn(outcome, date, claim);
        }

        private void decideMove(LocalDate start, LocalDate until) {
            long span = ChronoUnit.DAYS.between(start, until);
            if (span > 2 && !newOffice.equals(firstOffice) && random.nextDouble() < 0.06) {
                moveDate = start.plusDays(1 + random.nextLong(span - 1));
                records.add(formats.canonical(instant(moveDate), firstOffice, SourceSystem.FOLKEREGISTER,
                        MilestoneType.MOVED_OFFICE, newOffice));
            }
        }

        private String office(LocalDate date) {
            return moveDate != null && !date.isBefore(moveDate) ? newOffice : firstOffice;
        }

        /** Sick leave from {@code start} to {@code end}: follow-up milestones, monthly payments, the end. */
        private void sickLeave(LocalDate start, LocalDate end, String endCause) {
            SourceFormats.Sykepenger started = new SourceFormats.Sykepenger();
            started.firstDay = start;
            sykepenger(start, "sykefravaer_startet", true, started);
            if (end.isAfter(start.plusDays(56))) {
                SourceFormats.Sykepenger activity = new SourceFormats.Sykepenger();
                activity.status = pick(new String[] {"OPPFYLT", "UNNTAK", "IKKE_OPPFYLT"}, new double[] {0.7, 0.2, 0.1});
                sykepenger(start.plusDays(56), "aktivitetskrav_vurdert", true, activity);
            }
            LocalDate dialogue = start.plusDays(150 + random.nextInt(33));
            if (end.isAfter(dialogue)) {
                sykepenger(dialogue, "dialogmote_ferdigstilt", true, new SourceFormats.Sykepenger());
            }
            LocalDate maxDate = maxDate(start);
            if (end.isAfter(start.plusDays(WEEK_39))) {
                SourceFormats.Sykepenger notice = new SourceFormats.Sykepenger();
                notice.maxDate = maxDate;
                notice.remainingDays = BENEFIT_DAYS - usedDays(start, start.plusDays(WEEK_39));
                sykepenger(start.plusDays(WEEK_39), "maksdatovarsel_sendt", true, notice);
            }
            payments(start, end, maxDate);
            SourceFormats.Sykepenger ended = new SourceFormats.Sykepenger();
            ended.to = end;
            ended.endCause = endCause;
            sykepenger(end.plusDays(1), "sykefravaer_avsluttet", true, ended);
        }

        /** Monthly payments after the employer period; the one that uses the last benefit day reaches maksdato. */
        private void payments(LocalDate start, LocalDate end, LocalDate maxDate) {
            LocalDate from = start.plusDays(EMPLOYER_PERIOD_DAYS);
            while (!from.isAfter(end)) {
                LocalDate to = min(from.withDayOfMonth(from.lengthOfMonth()), min(end, maxDate));
                SourceFormats.Sykepenger payment = new SourceFormats.Sykepenger();
                payment.paymentId = uuid("payment-" + from);
                payment.from = from;
                payment.to = to;
                payment.usedDays = usedDays(start, to);
                payment.remainingDays = BENEFIT_DAYS - payment.usedDays;
                payment.provisionalEnd = maxDate;
                payment.paymentType = "UTBETALING";
                sykepenger(to.plusDays(3), "utbetaling_utbetalt", payment.remainingDays == 0, payment);
                if (!to.isBefore(maxDate)) {
                    return;
                }
                from = to.plusDays(1);
            }
        }

        /** The outcome comes while the person is still on sickness benefit. */
        private void sickLeaveUntilOutcome(LocalDate start, LocalDate maxDate, Drawn drawn) {
            switch (drawn.outcome) {
                case RETURNED_TO_WORK -> sickLeave(start, drawn.date, "FRISKMELDT");
                case NOT_YET -> sickLeave(start, maxDate, "MAKSDATO");
                default -> {
                    sickLeave(start, drawn.date, "ANNET");
                    endingEvents(drawn);
                }
            }
        }

        /** AAP from {@code grant} until the outcome: periods of a year (8 months under § 11-18), extensions, ends. */
        private void aap(LocalDate grant, String entitlement, Drawn drawn) {
            boolean claimPending = drawn.claim != null && !drawn.claim.isAfter(grant);
            String ground = claimPending ? "VURDERES_FOR_UFØRETRYGD" : entitlement;
            LocalDate periodStart = grant;
            LocalDate periodEnd = grant.plusMonths("VURDERES_FOR_UFØRETRYGD".equals(ground) ? 8 : 12).minusDays(1);
            aapDecision(grant, "VEDTAK_INNVILGET", ground, periodStart, periodEnd, null);
            while (periodEnd.isBefore(drawn.date)) {
                aapDecision(periodEnd.minusDays(42), "STANS_VARSLET", ground, periodStart, periodEnd, null);
                if (random.nextDouble() >= 0.7) {
                    aapDecision(periodEnd, "VEDTAK_OPPHORT", ground, periodStart, periodEnd, "MAKSTID_NÅDD");
                    outcomeWithoutBenefit(drawn);
                    return;
                }
                LocalDate decided = periodEnd.minusDays(14);
                periodStart = periodEnd.plusDays(1);
                periodEnd = periodStart.plusMonths(12).minusDays(1);
                aapDecision(decided, "VEDTAK_FORLENGET", ground, periodStart, periodEnd, null);
            }
            if (drawn.outcome == Outcome.NOT_YET) {
                return;
            }
            String endCause = switch (drawn.outcome) {
                case RETURNED_TO_WORK -> "ARBEID";
                case DISABILITY_GRANTED, DISABILITY_PARTLY_GRANTED -> "UFØRETRYGD";
                case DISABILITY_REFUSED, DISABILITY_REFUSED_MEASURES_CONDITION -> null;
                default -> "ANNET";
            };
            if (drawn.outcome != Outcome.RETURNED_TO_WORK) {
                endingEvents(drawn);
            }
            if (endCause != null) {
                aapDecision(drawn.date, "VEDTAK_OPPHORT", ground, periodStart, drawn.date, endCause);
            }
        }

        private void outcomeWithoutBenefit(Drawn drawn) {
            if (drawn.outcome == Outcome.RETURNED_TO_WORK) {
                // no benefit system knows: the NAV office registers it
                records.add(formats.canonical(instant(drawn.date), office(drawn.date), SourceSystem.ADMIN,
                        MilestoneType.RETURNED_TO_WORK, null));
            } else if (drawn.outcome != Outcome.NOT_YET) {
                endingEvents(drawn);
            }
        }

        /** The disability claim and decision, or the population register's death, emigration, retirement. */
        private void endingEvents(Drawn drawn) {
            String office = office(drawn.date);
            Instant at = instant(drawn.date);
            switch (drawn.outcome) {
                case DISABILITY_GRANTED, DISABILITY_PARTLY_GRANTED, DISABILITY_REFUSED,
                     DISABILITY_REFUSED_MEASURES_CONDITION -> {
                    records.add(formats.disabilityClaim(instant(drawn.claim), office(drawn.claim)));
                    DisabilityDecisionResult result = switch (drawn.outcome) {
                        case DISABILITY_GRANTED -> DisabilityDecisionResult.GRANTED;
                        case DISABILITY_PARTLY_GRANTED -> DisabilityDecisionResult.PARTLY_GRANTED;
                        default -> DisabilityDecisionResult.REFUSED;
                    };
                    records.add(formats.disabilityDecision(at, office, result,
                            drawn.outcome == Outcome.DISABILITY_REFUSED_MEASURES_CONDITION,
                            drawn.date.withDayOfMonth(1).plusMonths(1)));
                }
                case DIED -> records.add(formats.canonical(at, office, SourceSystem.FOLKEREGISTER, MilestoneType.DIED,
                        null));
                case EMIGRATED -> records.add(formats.canonical(at, office, SourceSystem.FOLKEREGISTER,
                        MilestoneType.EMIGRATED, null));
                case REACHED_RETIREMENT_AGE -> records.add(formats.canonical(at, office, SourceSystem.FOLKEREGISTER,
                        MilestoneType.REACHED_RETIREMENT_AGE, null));
                default -> {
                }
            }
        }

        private void sykepenger(LocalDate date, String event, boolean milestone, SourceFormats.Sykepenger fields) {
            records.add(formats.sykepenger(at(date), office(date), event, milestone, fields));
        }

        private void aapDecision(LocalDate date, String type, String entitlement, LocalDate from, LocalDate to,
                                 String endCause) {
            records.add(formats.aap(instant(date), office(date), type, entitlement, from, to, endCause));
        }

        /** Office hours, Norwegian time. */
        private LocalDateTime at(LocalDate date) {
            return date.atTime(8 + random.nextInt(7), random.nextInt(60));
        }

        private Instant instant(LocalDate date) {
            return at(date).atZone(SourceFormats.NORWAY).toInstant();
        }

        private double exponentialDays(double perYear) {
            return -Math.log(1 - random.nextDouble()) * 365.25 / perYear;
        }

        private String pick(String[] values, double[] weights) {
            double u = random.nextDouble();
            for (int i = 0; i < values.length - 1; i++) {
                u -= weights[i];
                if (u < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private UUID uuid(String what) {
            return UUID.nameUUIDFromBytes("simulator|%d|%d|%s".formatted(settings.seed(), person, what)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Drawn(Outcome outcome, LocalDate date, LocalDate claim) {
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
