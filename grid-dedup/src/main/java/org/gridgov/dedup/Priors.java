package org.gridgov.dedup;

/**
 * Prior m and u probabilities per field type, added to the estimates as pseudo-counts: on a few
 * hundred records EM and random pairs say little, and these keep the model sensible; on thousands
 * the data outweighs them. The figures are assumptions, stated here so they can be read: among true
 * matches a field agrees exactly 90 % of the time, closely 7 %, and differs 3 %; among non-matches
 * two names agree about 2 in 1,000 times, two identity numbers almost never, two genders half the
 * time.
 */
final class Priors {

  private Priors() {}

  static final double LAMBDA = 0.2;
  static final double LAMBDA_STRENGTH = 20;
  static final double M_STRENGTH = 20;
  static final double U_STRENGTH = 200;

  static double[] m(FieldType type) {
    return type == FieldType.GENDER
        ? new double[] {0.97, 0.001, 0.029}
        : new double[] {0.90, 0.07, 0.03};
  }

  static double[] u(FieldType type) {
    return switch (type) {
      case NAME -> new double[] {0.002, 0.003, 0.995};
      case ID_NUMBER -> new double[] {0.00001, 0.0001, 0.99989};
      case PHONE -> new double[] {0.001, 0.001, 0.998};
      case DATE -> new double[] {0.0005, 0.005, 0.9945};
      case GENDER -> new double[] {0.5, 0.001, 0.499};
      case ADDRESS -> new double[] {0.001, 0.01, 0.989};
      case STRING -> new double[] {0.01, 0.02, 0.97};
      case CODE -> new double[] {0.01, 0.05, 0.94};
    };
  }
}
