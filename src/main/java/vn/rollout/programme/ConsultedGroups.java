package vn.rollout.programme;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.rollout.process.CalledFromModels;

/**
 * The collection of "Góp ý dự thảo chương trình hành động": {@code ${consultedGroups.of(programmeId)}}, the groups the
 * office asked in the draft's latest round of comments. Read-only.
 */
@CalledFromModels
@Component("consultedGroups")
public class ConsultedGroups {

  private final JdbcClient jdbc;

  ConsultedGroups(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> of(long programmeId) {
    return jdbc.sql("""
            SELECT group_id FROM programme_consultation
             WHERE programme_id = :p AND round = (SELECT MAX(round) FROM programme_consultation WHERE programme_id = :p)
             ORDER BY group_id""")
        .param("p", programmeId).query(String.class).list();
  }
}
