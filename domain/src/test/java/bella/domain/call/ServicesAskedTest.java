package bella.domain.call;

import bella.domain.booking.Slot;
import bella.domain.call.Prompt.Kind;
import bella.domain.call.Prompt.Preface;
import bella.domain.call.RequestUnclear.What;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static bella.domain.call.CallTest.CALL;
import static bella.domain.call.CallTest.NOW;
import static bella.domain.call.CallTest.PHONE;
import static bella.domain.call.CallTest.TORONTO;
import static bella.domain.call.CallTest.TWO_PM;
import static bella.domain.call.CallTest.hear;
import static bella.domain.call.CallTest.heard;
import static bella.domain.call.CallTest.matches;
import static org.assertj.core.api.Assertions.assertThat;

/** A service Bella cannot match is asked about, never booked as the first; one corrected at the read-back changes. */
class ServicesAskedTest {

    private static final Slot HOUR = Slot.of(TWO_PM, Duration.ofHours(1));
    private static final CallStarted ONE_SERVICE = new CallStarted(CALL, PHONE, "+16475550000", TORONTO.getId(),
            List.of("Initial assessment"), NOW);
    private static final CallStarted TWO_SERVICES = new CallStarted(CALL, PHONE, "+16475550000", TORONTO.getId(),
            List.of("Initial assessment", "Treatment"), NOW);
    private static final CallerRecognized ANN = new CallerRecognized(CALL, "Ann Lee", NOW);

    private AggregateTestFixture<Call> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Call.class);
    }

    private static Understood asked(String service, Instant start) {
        return new Understood(Intent.BOOK, start, null, start == null ? null : Grain.HOUR, start != null,
                start != null, null, null, null, null, service, null);
    }

    @Test
    void givenOneService_whenCallerAsksForSomethingElseAtATime_thenTheTimeIsKeptAndTheServiceAsked() {
        fixture.given(ONE_SERVICE, ANN)
                .when(hear(1, "I need a massage tomorrow at 2", Expectation.INTENT, asked("massage", TWO_PM),
                        Availability.free(HOUR)))
                .expectEvents(heard(1, "I need a massage tomorrow at 2", Expectation.INTENT),
                        new ServiceNotOffered(CALL, "massage", NOW), new IntentDetected(CALL, "BOOK", NOW),
                        new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
                        new RequestUnclear(CALL, What.NO_SERVICE, List.of(), NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_SERVICE
                        && p.preface() == Preface.SERVICE_NOT_OFFERED));
    }

    @Test
    void givenOneServiceAsked_whenCallerSaysYes_thenTheKeptTimeIsReadWithThatService() {
        fixture.given(ONE_SERVICE, ANN, new ServiceNotOffered(CALL, "massage", NOW),
                        new IntentDetected(CALL, "BOOK", NOW), heard(1, "a massage tomorrow at 2", Expectation.INTENT),
                        new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
                        new RequestUnclear(CALL, What.NO_SERVICE, List.of(), NOW))
                .when(hear(1, "a massage tomorrow at 2", Expectation.INTENT, Understood.nothing()))
                .expectState(call -> {
                    Understood read = call.inContext(Understood.intent(Intent.YES));
                    assertThat(read.service()).isEqualTo("Initial assessment");
                    assertThat(read.start()).isEqualTo(TWO_PM);
                });
    }

    @Test
    void givenSeveralServices_whenCallerAsksForNoneOfThem_thenSaysSoAndAsksWhich() {
        fixture.given(TWO_SERVICES)
                .when(hear(1, "I'd like to book a massage", Expectation.INTENT, asked("massage", null)))
                .expectEvents(heard(1, "I'd like to book a massage", Expectation.INTENT),
                        new ServiceNotOffered(CALL, "massage", NOW), new IntentDetected(CALL, "BOOK", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.ASK_SERVICE
                        && p.preface() == Preface.SERVICE_NOT_OFFERED));
    }

    private final Object[] readBackForTreatment = {TWO_SERVICES, ANN, new ServiceChosen(CALL, "Treatment", NOW),
            new IntentDetected(CALL, "BOOK", NOW), new SlotRequested(CALL, TWO_PM, null, "HOUR", NOW),
            new SlotAccepted(CALL, TWO_PM, HOUR.end(), NOW), new BookingReadBack(CALL, TWO_PM, HOUR.end(), "Ann Lee",
            NOW)};

    @Test
    void givenReadBack_whenCallerCorrectsTheService_thenTheSameTimeIsReadBackForTheServiceNamed() {
        Understood correction = new Understood(Intent.NO, null, null, null, false, false, null, null, null, null,
                "Initial assessment", null);
        fixture.given(readBackForTreatment)
                .when(hear(2, "no, it's for the initial assessment", Expectation.CONFIRMATION, Understood.nothing()))
                .expectState(call -> {
                    Understood read = call.inContext(correction);
                    assertThat(read.start()).isEqualTo(TWO_PM);
                    assertThat(read.service()).isEqualTo("Initial assessment");
                });
        Understood read = new Understood(Intent.BOOK, TWO_PM, null, Grain.MINUTE, true, true, null, null, null,
                null, "Initial assessment", null);
        new AggregateTestFixture<>(Call.class).given(readBackForTreatment)
                .when(hear(2, "no, it's for the initial assessment", Expectation.CONFIRMATION, read,
                        Availability.free(HOUR)))
                .expectEvents(heard(2, "no, it's for the initial assessment", Expectation.CONFIRMATION),
                        new ServiceChosen(CALL, "Initial assessment", NOW),
                        new SlotRequested(CALL, TWO_PM, null, "MINUTE", NOW),
                        new SlotAccepted(CALL, TWO_PM, HOUR.end(), NOW),
                        new BookingReadBack(CALL, TWO_PM, HOUR.end(), "Ann Lee", NOW))
                .expectResultMessagePayloadMatching(matches(p -> p.kind() == Kind.READ_BACK
                        && "Initial assessment".equals(p.service())));
    }

    @Test
    void givenReadBack_whenCallerConfirmsNamingTheSameService_thenBooks() {
        Understood yes = new Understood(Intent.YES, null, null, null, false, false, null, null, null, null,
                "Treatment", null);
        fixture.given(readBackForTreatment)
                .when(hear(2, "yes, the treatment", Expectation.CONFIRMATION, yes))
                .expectEvents(heard(2, "yes, the treatment", Expectation.CONFIRMATION),
                        new BookingConfirmedByCaller(CALL, TWO_PM, HOUR.end(), "Ann Lee", PHONE, NOW));
    }
}
