package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.OrganisationFixture;

/**
 * Which committees have subordinates, read for a cascade batch's committees at once
 * ({@link CommitteeDirectory#readWhichHaveChildren}) and answered from that read for the rest of the
 * batch's transaction ({@link CommitteeDirectory#hasChildren}).
 */
class CommitteeDirectoryIT extends IntegrationTest {

  @Autowired CommitteeDirectory directory;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private OrganisationFixture organisation;
  private String city;
  private final List<String> wards = new ArrayList<>();

  /** A city with 501 wards (more than one query's 500), of which the first and the last have a cell each. */
  @BeforeEach
  void organisation() {
    organisation = new OrganisationFixture(jdbc);
    city = organisation.committee("tp", "Thành ủy Thử nghiệm", "TU", null);
    wards.clear();
    for (int i = 0; i < 501; i++) {
      wards.add(organisation.committee("phuong", "Đảng ủy phường " + (i + 1), "ĐU", city));
    }
    organisation.committee("chi-bo", "Chi bộ khu phố 1", "CB", wards.get(0));
    organisation.committee("chi-bo", "Chi bộ khu phố 1", "CB", wards.get(500));
  }

  @Test
  void shouldAnswerForEachCommitteeOfTheBatchFromOneReadInTheTransaction() {
    List<Boolean> answers = new TransactionTemplate(transactions).execute(status -> {
      directory.readWhichHaveChildren(wards);
      // a cell added to a ward without one after the batch read it does not change the batch's answer:
      // it comes from the read, not from a query of its own
      organisation.committee("chi-bo", "Chi bộ mới", "CB", wards.get(1));
      return wards.stream().map(directory::hasChildren).toList();
    });

    assertThat(answers).hasSize(501);
    assertThat(answers.get(0)).isTrue();
    assertThat(answers.get(500)).as("the first committee of the second query").isTrue();
    assertThat(answers.subList(1, 500)).containsOnly(false);
    assertThat(directory.hasChildren(wards.get(1))).as("read again outside that transaction").isTrue();
  }

  @Test
  void shouldReadEachCommitteeItselfOutsideATransactionAndForCommitteesNotRead() {
    directory.readWhichHaveChildren(wards);
    assertThat(directory.hasChildren(wards.get(2))).isFalse();
    organisation.committee("chi-bo", "Chi bộ mới", "CB", wards.get(2));
    assertThat(directory.hasChildren(wards.get(2))).isTrue();

    boolean cityHasChildren = new TransactionTemplate(transactions).execute(status -> {
      directory.readWhichHaveChildren(wards.subList(0, 10));
      return directory.hasChildren(city);
    });
    assertThat(cityHasChildren).isTrue();
  }
}
