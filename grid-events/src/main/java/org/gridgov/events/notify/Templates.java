package org.gridgov.events.notify;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.gridgov.core.event.EventCategory;
import org.gridgov.spi.notify.Message;
import org.gridgov.spi.notify.Notification.Reason;

/**
 * The texts of notifications, in Chinese ({@code zh-CN}) and English ({@code en}): a title with the
 * occasion, the category and the place, and four lines saying what, where, which case and by when.
 * Short, because they are read on a phone in a group chat.
 *
 * <pre>
 * 【新案件】火灾隐患 · 玉林第三微网格
 * 事项：火灾隐患
 * 地点：玉林第三微网格（510107011005001001）
 * 案件：C-17
 * 时限：请于 2026-03-02 08:30 前接单
 * </pre>
 */
public final class Templates {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Templates() {}

  /**
   * The message of an occasion.
   *
   * @param reason why the recipient is told
   * @param category the case's category
   * @param place where, in words
   * @param caseId the case
   * @param dueBy by when to act, if there is such a deadline (shown at its own offset)
   */
  public static Message render(
      Reason reason,
      EventCategory category,
      String place,
      String caseId,
      Optional<OffsetDateTime> dueBy) {
    requireNonNull(reason, "reason");
    requireNonNull(category, "category");
    requireNonNull(place, "place");
    requireNonNull(caseId, "caseId");
    requireNonNull(dueBy, "dueBy");
    String zhWhen =
        reason == Reason.OVERDUE
            ? "已超时，请立即处置"
            : dueBy.map(t -> "请于 " + WHEN.format(t) + " 前接单").orElse("请尽快处置");
    String enWhen =
        reason == Reason.OVERDUE
            ? "overdue: act now"
            : dueBy.map(t -> "accept by " + WHEN.format(t)).orElse("act as soon as you can");
    Message.Text zh =
        new Message.Text(
            "【" + zhReason(reason) + "】" + category.nameZh() + " · " + place,
            "事项：" + category.nameZh() + "\n地点：" + place + "\n案件：" + caseId + "\n时限：" + zhWhen);
    Message.Text en =
        new Message.Text(
            "[" + enReason(reason) + "] " + category.nameEn() + " · " + place,
            "What: "
                + category.nameEn()
                + "\nWhere: "
                + place
                + "\nCase: "
                + caseId
                + "\nBy when: "
                + enWhen);
    return new Message(zh, en);
  }

  private static String zhReason(Reason r) {
    return switch (r) {
      case ASSIGNED -> "新案件";
      case ESCALATED -> "案件升级";
      case OVERDUE -> "案件超时";
      case AREA_ALERT -> "区域预警";
    };
  }

  private static String enReason(Reason r) {
    return switch (r) {
      case ASSIGNED -> "new case";
      case ESCALATED -> "escalated";
      case OVERDUE -> "overdue";
      case AREA_ALERT -> "area alert";
    };
  }
}
