package org.gridgov.spi.store;

import com.google.common.collect.ImmutableList;

/**
 * The delivery records of notifications, the part of a case's audit trail that says who was told
 * and whether it arrived. Kept apart from the case's own log ({@link CaseLog}): deliveries happen
 * on the library's threads, later and in any order, and must not race the case's writers for its
 * next sequence.
 *
 * @since 1.1
 */
public interface DeliveryLog {

  /**
   * Records a delivery. Idempotent: recording one whose id and notifier are recorded already
   * changes nothing.
   *
   * @throws StoreException when it cannot be written
   */
  void record(Delivery delivery);

  /**
   * The deliveries of a case, in the order they ended (by id when two ended at one millisecond).
   */
  ImmutableList<Delivery> history(String caseId);
}
