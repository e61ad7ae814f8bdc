package bella.domain.costs;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

class MonthlyCostTest {

    private static final String MARCH = "2026-03";
    private static final Instant AT = Instant.parse("2026-03-20T15:00:00Z");
    private static final BigDecimal ALERT = new BigDecimal("30");

    private AggregateTestFixture<MonthlyCost> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(MonthlyCost.class);
    }

    @Test
    void anEstimatePastTheThresholdRaisesTheAlert() {
        fixture.givenNoPriorActivity()
                .when(new WatchMonthlyCost(MARCH, new BigDecimal("30.01"), ALERT, AT))
                .expectEvents(new CostAlertRaised(MARCH, new BigDecimal("30.01"), ALERT, AT))
                .expectResultMessagePayload(true);
    }

    @Test
    void anEstimateAtTheThresholdRaisesNothing() {
        fixture.givenNoPriorActivity()
                .when(new WatchMonthlyCost(MARCH, new BigDecimal("30.00"), ALERT, AT))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aMonthIsAlertedOnceHoweverFarTheEstimateGoesOn() {
        fixture.given(new CostAlertRaised(MARCH, new BigDecimal("30.50"), ALERT, AT))
                .when(new WatchMonthlyCost(MARCH, new BigDecimal("45.00"), ALERT, AT.plusSeconds(3600)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }
}
