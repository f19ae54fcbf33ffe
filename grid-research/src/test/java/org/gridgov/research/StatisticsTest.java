package org.gridgov.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void studentTQuantilesMatchTheTables() {
    assertThat(Statistics.tQuantile975(1)).isCloseTo(12.706, within(0.001));
    assertThat(Statistics.tQuantile975(4)).isCloseTo(2.776, within(0.001));
    assertThat(Statistics.tQuantile975(30)).isCloseTo(2.042, within(0.001));
  }

  @Test
  void intervalOfFiveValuesByHand() {
    // mean 3, sample sd sqrt(2.5), half width 2.776 * sqrt(2.5 / 5) = 1.963
    Statistics.Interval i = Statistics.interval(List.of(1.0, 2.0, 3.0, 4.0, 5.0, Double.NaN));
    assertThat(i.n()).isEqualTo(5);
    assertThat(i.mean()).isEqualTo(3.0);
    assertThat(i.low()).isCloseTo(3 - 1.963, within(0.001));
    assertThat(i.high()).isCloseTo(3 + 1.963, within(0.001));
  }

  @Test
  void quantilesInterpolate() {
    assertThat(Statistics.quantile(List.of(4.0, 1.0, 3.0, 2.0), 0.5)).isEqualTo(2.5);
    assertThat(Statistics.quantile(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0.9)).isEqualTo(4.6);
    assertThat(Statistics.quantile(List.of(), 0.5)).isNaN();
  }
}
