package vn.rollout.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.OrganKind;
import vn.rollout.organisation.TaskGroups;

/**
 * The body a mail is addressed to, by name: "Văn phòng Đảng ủy phường Hải Châu" for the group
 * {@code dn-hai-chau.van-phong}, "Sở Khoa học và Công nghệ thành phố Đà Nẵng" for a unit's group.
 */
@Component
public class Addressees {

  private final JdbcClient jdbc;

  Addressees(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** "Kính gửi: Văn phòng Đảng ủy phường Hải Châu", the first line of every mail to a group. */
  public String salutation(String group) {
    return "Kính gửi: " + name(group);
  }

  public String name(String group) {
    if (group == null || group.isBlank()) {
      return "các đồng chí";
    }
    if (group.startsWith(TaskGroups.UNIT_PREFIX)) {
      return jdbc.sql("SELECT name FROM unit WHERE code = :code").param("code", group.substring(TaskGroups.UNIT_PREFIX.length()))
          .query(String.class).optional().orElse(group);
    }
    int dot = group.lastIndexOf('.');
    if (dot < 0) {
      return group;
    }
    return jdbc.sql("""
            SELECT k.kind_key, k.name, c.name FROM committee c JOIN committee_organ o ON o.committee_code = c.code
              JOIN organ_kind k ON k.kind_key = o.organ
             WHERE c.code = :code AND o.organ = :organ""")
        .param("code", group.substring(0, dot)).param("organ", group.substring(dot + 1))
        .query((rs, n) -> OrganKind.name(rs.getString(1), rs.getString(2), rs.getString(3))).optional().orElse(group);
  }
}
