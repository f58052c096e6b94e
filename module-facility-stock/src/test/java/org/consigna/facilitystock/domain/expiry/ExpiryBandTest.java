package org.consigna.facilitystock.domain.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ExpiryBandTest {

    private final LocalDate today = LocalDate.of(2026, 12, 2);

    @Test
    void eachDateFallsInOneBandAndTheExpiredCountInTheFirst() {
        assertThat(ExpiryBand.of(today.minusDays(3), today)).contains(ExpiryBand.DAYS_30);
        assertThat(ExpiryBand.of(today.plusDays(30), today)).contains(ExpiryBand.DAYS_30);
        assertThat(ExpiryBand.of(today.plusDays(31), today)).contains(ExpiryBand.DAYS_60);
        assertThat(ExpiryBand.of(today.plusDays(60), today)).contains(ExpiryBand.DAYS_60);
        assertThat(ExpiryBand.of(today.plusDays(61), today)).contains(ExpiryBand.DAYS_90);
        assertThat(ExpiryBand.of(today.plusDays(90), today)).contains(ExpiryBand.DAYS_90);
        assertThat(ExpiryBand.of(today.plusDays(91), today)).isEmpty();
        assertThat(ExpiryBand.of(null, today)).isEqualTo(Optional.empty());
    }

    @Test
    void boundsMatchTheBands() {
        assertThat(ExpiryBand.DAYS_30.after(today)).isNull();
        assertThat(ExpiryBand.DAYS_60.after(today)).isEqualTo(today.plusDays(30));
        assertThat(ExpiryBand.DAYS_60.until(today)).isEqualTo(today.plusDays(60));
    }

    @Test
    void countsAddUpPerBand() {
        BandCounts counts = new BandCounts();
        counts.add(today.plusDays(10), today, 1, 1);
        counts.add(today.plusDays(20), today, 2, 14);
        counts.add(today.plusDays(75), today, 1, 1);
        counts.add(today.plusDays(200), today, 5, 5);
        assertThat(counts.devices(ExpiryBand.DAYS_30)).isEqualTo(3);
        assertThat(counts.units(ExpiryBand.DAYS_30)).isEqualTo(15);
        assertThat(counts.units(ExpiryBand.DAYS_60)).isZero();
        assertThat(counts.units(ExpiryBand.DAYS_90)).isEqualTo(1);
    }

    @Test
    void readsOnlyThirtySixtyOrNinety() {
        assertThat(ExpiryBand.parse("60", "band")).isEqualTo(ExpiryBand.DAYS_60);
        assertThatThrownBy(() -> ExpiryBand.parse("45", "band")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("30, 60 or 90");
    }
}
