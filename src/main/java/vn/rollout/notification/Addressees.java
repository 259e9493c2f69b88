package vn.rollout.notification;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Organ;
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
    Optional<Organ> organ = dot < 0 ? Optional.empty() : Organ.ofKey(group.substring(dot + 1));
    if (organ.isEmpty()) {
      return group;
    }
    return jdbc.sql("SELECT name FROM committee WHERE code = :code").param("code", group.substring(0, dot))
        .query(String.class).optional().map(name -> organ.get().labelIn(name) + " " + name).orElse(group);
  }
}
