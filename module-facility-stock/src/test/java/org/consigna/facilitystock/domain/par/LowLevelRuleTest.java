package org.consigna.facilitystock.domain.par;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.facilitystock.domain.par.LowLevelRule.Outcome.NOTHING;
import static org.consigna.facilitystock.domain.par.LowLevelRule.Outcome.RAISE;
import static org.consigna.facilitystock.domain.par.LowLevelRule.Outcome.RECOVER;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowLevelRuleTest {

    @Test
    void raisesWhenTheLevelFallsBelowParAndNoAlertIsOutstanding() {
        assertThat(LowLevelRule.evaluate(3, 2, false)).isEqualTo(RAISE);
        assertThat(LowLevelRule.evaluate(3, 0, false)).isEqualTo(RAISE);
    }

    @Test
    void atOrAboveParNothingIsRaised() {
        assertThat(LowLevelRule.evaluate(3, 3, false)).isEqualTo(NOTHING);
        assertThat(LowLevelRule.evaluate(3, 7, false)).isEqualTo(NOTHING);
        assertThat(LowLevelRule.evaluate(0, 0, false)).as("par 0 never alerts").isEqualTo(NOTHING);
        assertThat(LowLevelRule.evaluate(null, 0, false)).as("no par level, no alert").isEqualTo(NOTHING);
    }

    @Test
    void raisedOnceThenNotAgainUntilTheLevelRecovered() {
        assertThat(LowLevelRule.evaluate(3, 1, true)).isEqualTo(NOTHING);
        assertThat(LowLevelRule.evaluate(3, 3, true)).isEqualTo(RECOVER);
        assertThat(LowLevelRule.evaluate(null, 1, true)).as("par level removed").isEqualTo(RECOVER);
    }

    @Test
    void aWalkDownAndUpAndDownAgainRaisesTwice() {
        int par = 4;
        boolean outstanding = false;
        List<LowLevelRule.Outcome> outcomes = new ArrayList<>();
        for (int level : new int[] {6, 5, 3, 2, 1, 2, 4, 5, 3, 0}) {
            LowLevelRule.Outcome outcome = LowLevelRule.evaluate(par, level, outstanding);
            outcomes.add(outcome);
            outstanding = outcome == RAISE || outstanding && outcome != RECOVER;
        }
        assertThat(outcomes).containsExactly(NOTHING, NOTHING, RAISE, NOTHING, NOTHING, NOTHING, RECOVER, NOTHING,
                RAISE, NOTHING);
    }
}
