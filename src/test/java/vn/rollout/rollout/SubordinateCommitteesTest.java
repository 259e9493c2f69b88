package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.rollout.organisation.CommitteeDirectory;

class SubordinateCommitteesTest {

  private final CommitteeDirectory directory = mock(CommitteeDirectory.class);

  /** The committee's direct subordinates today, as the directory reads them whole and by range (in Java's order). */
  private void children(String committee, String... codes) {
    when(directory.childCodes(committee)).thenReturn(List.of(codes));
    when(directory.childCodesBetween(eq(committee), anyString(), anyString())).thenAnswer(call -> {
      SubordinateBatch range = new SubordinateBatch(call.getArgument(1), call.getArgument(2));
      return Stream.of(codes).filter(range::contains).sorted().toList();
    });
  }

  @Test
  void shouldSplitTheDirectSubordinatesIntoBatchesOfTheConfiguredSize() {
    children("tinh-1", "xa-1", "xa-2", "xa-3", "xa-4", "xa-5", "xa-6", "xa-7");
    SubordinateCommittees subordinates = new SubordinateCommittees(directory, 3);

    List<String> batches = subordinates.batches("tinh-1");

    assertThat(batches).containsExactly("[, xa-4)", "[xa-4, xa-7)", "[xa-7, )");
    assertThat(batches).extracting(batch -> subordinates.inBatch("tinh-1", batch))
        .containsExactly(List.of("xa-1", "xa-2", "xa-3"), List.of("xa-4", "xa-5", "xa-6"), List.of("xa-7"));
    // which of them have subordinates is read with each batch, for their rollouts' starts in its transaction
    verify(directory).readWhichHaveChildren(List.of("xa-1", "xa-2", "xa-3"));
    verify(directory).readWhichHaveChildren(List.of("xa-7"));
  }

  @Test
  void shouldStillListAllSubordinatesAtOnceForRolloutsOfAnEarlierModel() {
    children("tinh-1", "xa-1", "xa-2", "xa-3");

    assertThat(new SubordinateCommittees(directory, 2).of("tinh-1")).containsExactly("xa-1", "xa-2", "xa-3");
  }

  @Test
  void shouldHaveNoBatchForACommitteeWithoutSubordinates() {
    children("chi-bo-1");

    assertThat(new SubordinateCommittees(directory, 500).batches("chi-bo-1")).isEmpty();
  }

  @Test
  void shouldStartEachCommitteeOfTheDayOnceWhenTheOrganisationChangesBetweenTheJobs() {
    children("tinh-1", "xa-2", "xa-4", "xa-6", "xa-8");
    SubordinateCommittees subordinates = new SubordinateCommittees(directory, 2);
    List<String> batches = subordinates.batches("tinh-1");

    // before the batches' jobs run, xa-4 leaves and xa-1, xa-5 and xa-9 arrive
    children("tinh-1", "xa-1", "xa-2", "xa-5", "xa-6", "xa-8", "xa-9");

    assertThat(batches).containsExactly("[, xa-6)", "[xa-6, )");
    assertThat(batches).extracting(batch -> subordinates.inBatch("tinh-1", batch))
        .containsExactly(List.of("xa-1", "xa-2", "xa-5"), List.of("xa-6", "xa-8", "xa-9"));
  }

  @Test
  void shouldTakeTheBatchSizeFromConfigurationAndRefuseBelowOne() {
    SubordinateCommittees subordinates = new SubordinateCommittees(directory, 500);
    assertThat(subordinates.batchSize()).isEqualTo(500);

    assertThatThrownBy(() -> subordinates.batchSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SubordinateCommittees(directory, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(subordinates.batchSize()).isEqualTo(500);
  }
}
