package vn.rollout.execution;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.rollout.process.CalledFromModels;
import vn.rollout.programme.ProgrammeItems;

/**
 * The execution's collection: {@code ${programmeItemIds.of(programmeId)}}, the ids of a programme's items
 * in its order. A read-only bean of its own, because models may call every public method of a
 * {@code @CalledFromModels} bean ({@link ProgrammeItems} changes items).
 */
@CalledFromModels
@Component("programmeItemIds")
public class ProgrammeItemIds {

  private final JdbcClient jdbc;

  ProgrammeItemIds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Long> of(long programmeId) {
    return jdbc.sql("SELECT id FROM programme_item WHERE programme_id = :programme ORDER BY seq")
        .param("programme", programmeId)
        .query(Long.class)
        .list();
  }
}
