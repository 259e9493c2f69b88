package vn.rollout.execution;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.rollout.resolution.Target;
import vn.rollout.resolution.Targets;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/**
 * The values an item's lead unit reports reaching for the resolution's targets the item serves
 * ({@code item_target_value}): with each progress report and at completion. The latest is the item's
 * value reached.
 */
@Repository
public class ItemTargetValues {

  static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
  static final int MAX_SCALE = 6;

  private final JdbcClient jdbc;
  private final Targets targets;

  ItemTargetValues(JdbcClient jdbc, Targets targets) {
    this.jdbc = jdbc;
    this.targets = targets;
  }

  /** The targets the item serves, in the resolution's order. */
  public List<Target> servedBy(long itemId) {
    List<Long> ids = jdbc.sql("SELECT target_id FROM programme_item_target WHERE item_id = :item")
        .param("item", itemId).query(Long.class).list();
    if (ids.isEmpty()) {
      return List.of();
    }
    long resolutionId = jdbc.sql("SELECT resolution_id FROM resolution_target WHERE id = :id")
        .param("id", ids.get(0)).query(Long.class).single();
    return targets.of(resolutionId).stream().filter(target -> ids.contains(target.id())).toList();
  }

  /** The latest value reported for each target the item serves (absent: none yet). */
  public Map<Long, BigDecimal> latest(long itemId) {
    Map<Long, BigDecimal> values = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT v.target_id, v.reached FROM item_target_value v
             WHERE v.item_id = :item
               AND v.id = (SELECT MAX(w.id) FROM item_target_value w WHERE w.item_id = v.item_id AND w.target_id = v.target_id)""")
        .param("item", itemId)
        .query(rs -> {
          values.put(rs.getLong(1), Targets.plain(rs.getBigDecimal(2)));
        });
    return values;
  }

  /** What the execution form shows: each target the item serves, with its latest value. */
  public List<TargetValue> form(long itemId) {
    Map<Long, BigDecimal> latest = latest(itemId);
    List<TargetValue> rows = new ArrayList<>();
    for (Target target : servedBy(itemId)) {
      rows.add(new TargetValue(target.id(), target.name() + " (" + target.unit() + "): năm gốc "
          + VietnameseFormat.number(target.baseline()) + " (" + target.baselineYear() + "), mục tiêu "
          + VietnameseFormat.number(target.target()) + " (" + target.targetYear() + ")", latest.get(target.id())));
    }
    return rows;
  }

  /**
   * Records the values sent, each for a target the item serves.
   *
   * @param kind {@code PROGRESS} or {@code DONE}
   * @param explained whether the lead unit wrote why a target was not reached ({@code targetReached}); at
   *     completion, a target without a value needs that
   * @throws InvalidInputException naming the field ({@code targetValues[1].reached}) at fault
   */
  public void record(long itemId, List<TargetValue> sent, String kind, boolean explained, String reportedBy) {
    List<Target> served = servedBy(itemId);
    List<Long> ids = served.stream().map(Target::id).toList();
    Map<Long, BigDecimal> values = new LinkedHashMap<>();
    List<TargetValue> rows = sent == null ? List.of() : sent;
    if (rows.size() > Math.max(ids.size(), 1)) {
      throw new InvalidInputException("targetValues", "Nhiệm vụ chỉ gắn với " + ids.size() + " chỉ tiêu.");
    }
    for (int i = 0; i < rows.size(); i++) {
      TargetValue row = rows.get(i);
      String at = "targetValues[" + i + "]";
      if (row == null || row.targetId() == null || !ids.contains(row.targetId())) {
        throw new InvalidInputException(at + ".targetId", "Chỉ tiêu thứ " + (i + 1)
            + " không phải chỉ tiêu mà nhiệm vụ này góp phần thực hiện.");
      }
      if (values.containsKey(row.targetId())) {
        throw new InvalidInputException(at + ".targetId", "Chỉ tiêu thứ " + (i + 1) + " đã có ở trên.");
      }
      BigDecimal reached = row.reached();
      if (reached == null) {
        continue;
      }
      if (reached.signum() < 0 || reached.compareTo(MAX_VALUE) > 0 || reached.stripTrailingZeros().scale() > MAX_SCALE) {
        throw new InvalidInputException(at + ".reached", "Giá trị đạt được của chỉ tiêu thứ " + (i + 1)
            + " phải từ 0 đến 1.000.000.000.000, tối đa " + MAX_SCALE + " chữ số thập phân.");
      }
      values.put(row.targetId(), reached);
    }
    if ("DONE".equals(kind) && !explained) {
      Map<Long, BigDecimal> before = latest(itemId);
      for (int i = 0; i < served.size(); i++) {
        Target target = served.get(i);
        if (!values.containsKey(target.id()) && !before.containsKey(target.id())) {
          throw new InvalidInputException("targetValues[" + i + "].reached", "Chưa nhập giá trị đạt được của chỉ tiêu \""
              + target.name() + "\" (hoặc nêu lý do chưa đạt ở ô chỉ tiêu đạt được): không thể hoàn thành nội dung.");
        }
      }
    }
    for (Map.Entry<Long, BigDecimal> value : values.entrySet()) {
      jdbc.sql("""
              INSERT INTO item_target_value (item_id, target_id, reached, kind, reported_at, reported_by)
              VALUES (:item, :target, :reached, :kind, :now, :by)""")
          .param("item", itemId)
          .param("target", value.getKey())
          .param("reached", value.getValue())
          .param("kind", kind)
          .param("now", Timestamp.from(EngineTime.now()))
          .param("by", reportedBy)
          .update();
    }
  }
}
