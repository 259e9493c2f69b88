package vn.rollout.supervision;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.rollout.process.CalledFromModels;

/**
 * The collection of the inspection's call of {@code ProgrammeItemExecution}:
 * {@code ${remedialItems.of(inspectionId)}}, the ids of the remedial items its shortcomings became.
 */
@CalledFromModels
@Component("remedialItems")
public class RemedialItems {

  private final JdbcClient jdbc;

  RemedialItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Long> of(long inspectionId) {
    return jdbc.sql("SELECT item_id FROM inspection_shortcoming WHERE inspection_id = :id ORDER BY seq")
        .param("id", inspectionId)
        .query(Long.class)
        .list();
  }
}
