package vn.rollout.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of an item's colour, in Java and in SQL, and that the two never disagree. */
class ItemStatusTest {

  static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

  @Test
  void anOpenItemPastItsDeadlineInForceIsOverdueBeforeItsTimerHasFired() {
    assertThat(ItemStatus.asOf(ItemStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY)).isEqualTo(ItemStatus.OVERDUE);
    assertThat(ItemStatus.asOf(ItemStatus.NOT_STARTED, TODAY.minusDays(1), TODAY)).isEqualTo(ItemStatus.OVERDUE);
  }

  @Test
  void theDeadlineDayItselfIsStillInTime() {
    assertThat(ItemStatus.asOf(ItemStatus.IN_PROGRESS, TODAY, TODAY)).isEqualTo(ItemStatus.IN_PROGRESS);
  }

  @Test
  void aDoneItemKeepsItsColourWhateverTheDate() {
    assertThat(ItemStatus.asOf(ItemStatus.DONE_LATE, TODAY.minusYears(1), TODAY)).isEqualTo(ItemStatus.DONE_LATE);
    assertThat(ItemStatus.asOf(ItemStatus.DONE_ON_TIME, TODAY.minusYears(1), TODAY)).isEqualTo(ItemStatus.DONE_ON_TIME);
  }

  @Test
  void aStoredOverdueStaysOverdueUntilAnExtensionResetsIt() {
    assertThat(ItemStatus.asOf(ItemStatus.OVERDUE, TODAY.plusDays(30), TODAY)).isEqualTo(ItemStatus.OVERDUE);
    assertThat(ItemStatus.asOf(ItemStatus.OVERDUE, null, TODAY)).isEqualTo(ItemStatus.OVERDUE);
  }

  @Test
  void anItemWithoutADeadlineIsNeverLate() {
    assertThat(ItemStatus.asOf(ItemStatus.NOT_STARTED, null, TODAY)).isEqualTo(ItemStatus.NOT_STARTED);
  }

  @Test
  void theDueDateWinsOverTheProgrammesDeadline() {
    ExecutionItem extended = item(ItemStatus.IN_PROGRESS, TODAY.minusDays(10), TODAY.plusDays(10));
    ExecutionItem notExtended = item(ItemStatus.IN_PROGRESS, TODAY.minusDays(10), null);
    assertThat(ItemStatus.asOf(extended, TODAY)).isEqualTo(ItemStatus.IN_PROGRESS);
    assertThat(ItemStatus.asOf(notExtended, TODAY)).isEqualTo(ItemStatus.OVERDUE);
  }

  /** Every stored status × deadline × due date, on a real database: SQL and Java give the same colour. */
  @Test
  void theSqlRuleAgreesWithTheJavaRuleOnEveryCase() throws Exception {
    List<LocalDate> days = Arrays.asList(null, TODAY.minusDays(1), TODAY, TODAY.plusDays(1));
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:item-status;DB_CLOSE_DELAY=-1")) {
      db.createStatement().execute("""
          CREATE TABLE programme_item (id INT PRIMARY KEY, status VARCHAR(16), deadline DATE, due_date DATE)""");
      List<ItemStatus> expected = new ArrayList<>();
      int id = 0;
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO programme_item VALUES (?, ?, ?, ?)")) {
        for (ItemStatus stored : ItemStatus.values()) {
          for (LocalDate deadline : days) {
            for (LocalDate due : days) {
              insert.setInt(1, id++);
              insert.setString(2, stored.name());
              insert.setObject(3, deadline);
              insert.setObject(4, due);
              insert.executeUpdate();
              expected.add(ItemStatus.asOf(stored, due != null ? due : deadline, TODAY));
            }
          }
        }
      }
      String sql = "SELECT " + ItemStatus.sqlAsOf("i", "today").replace(":today", "?")
          + " FROM programme_item i ORDER BY i.id";
      List<ItemStatus> actual = new ArrayList<>();
      try (PreparedStatement select = db.prepareStatement(sql)) {
        select.setObject(1, TODAY);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            actual.add(ItemStatus.valueOf(rows.getString(1)));
          }
        }
      }
      assertThat(actual).hasSize(ItemStatus.values().length * days.size() * days.size()).isEqualTo(expected);
    }
  }

  private static ExecutionItem item(ItemStatus status, LocalDate deadline, LocalDate due) {
    ExecutionItem template = new ExecutionItem(1, 1, 0, "Nội dung", "g", deadline, due, "Sản phẩm", null, status, 0,
        null, null, null);
    return template;
  }
}
