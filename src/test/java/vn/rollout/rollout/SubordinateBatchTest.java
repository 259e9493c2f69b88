package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubordinateBatchTest {

  @Test
  void shouldMakeNoBatchOfNoCodes() {
    assertThat(SubordinateBatch.split(List.of(), 500)).isEmpty();
  }

  @Test
  void shouldMakeOneUnboundedBatchOfFewerCodesThanABatch() {
    assertThat(SubordinateBatch.split(List.of("b", "a", "c"), 500))
        .containsExactly(new SubordinateBatch("", ""));
  }

  @Test
  void shouldBoundEachBatchByTheFirstCodeOfTheNextForAnExactMultiple() {
    assertThat(SubordinateBatch.split(List.of("d", "c", "b", "a"), 2)).extracting(SubordinateBatch::toString)
        .containsExactly("[, c)", "[c, )");
    assertThat(SubordinateBatch.split(List.of("a", "b"), 2)).containsExactly(new SubordinateBatch("", ""));
    assertThat(SubordinateBatch.split(List.of("a", "b", "c"), 1)).extracting(SubordinateBatch::toString)
        .containsExactly("[, b)", "[b, c)", "[c, )");
  }

  @Test
  void shouldPutTheRemainderInAShorterLastBatch() {
    List<String> codes = List.of("phuong-1", "phuong-2", "phuong-3", "phuong-4", "phuong-5");
    List<SubordinateBatch> batches = SubordinateBatch.split(codes, 2);

    assertThat(batches).extracting(SubordinateBatch::toString)
        .as("String order: phuong-1 < phuong-2 < ...").containsExactly("[, phuong-3)", "[phuong-3, phuong-5)", "[phuong-5, )");
    assertThat(batches).extracting(batch -> codes.stream().filter(batch::contains).toList())
        .containsExactly(List.of("phuong-1", "phuong-2"), List.of("phuong-3", "phuong-4"), List.of("phuong-5"));
  }

  @Test
  void shouldOrderCodesAsStringsAndIgnoreDuplicates() {
    assertThat(SubordinateBatch.split(List.of("xa-10", "xa-9", "xa-10", "xa-2"), 2)).extracting(SubordinateBatch::toString)
        .as("xa-10 < xa-2 < xa-9").containsExactly("[, xa-9)", "[xa-9, )");
  }

  @Test
  void shouldHoldACodeInExactlyOneBatchOfASplitAlsoWhenItWasNotThereAtTheSplit() {
    List<SubordinateBatch> batches = SubordinateBatch.split(List.of("b", "d", "f", "h"), 2);

    for (String code : List.of("", "a", "b", "c", "d", "e", "f", "g", "h", "z", "d-1", "0")) {
      assertThat(batches.stream().filter(batch -> batch.contains(code))).as(code).hasSize(1);
    }
    assertThat(batches.get(0).contains("a")).as("below the first code: the first batch").isTrue();
    assertThat(batches.get(0).contains("f")).as("the upper bound is not in the batch").isFalse();
    assertThat(batches.get(1).contains("f")).as("the lower bound is").isTrue();
    assertThat(batches.get(1).contains("zz")).as("above the last code: the last batch").isTrue();
  }

  @Test
  void shouldReadWhatItWrites() {
    for (SubordinateBatch batch : List.of(new SubordinateBatch("", ""), new SubordinateBatch("", "xa-7"),
        new SubordinateBatch("xa-7", "xa-9"), new SubordinateBatch("xa-9", ""))) {
      assertThat(SubordinateBatch.parse(batch.toString())).isEqualTo(batch);
    }
  }

  @Test
  void shouldRefuseTextThatIsNoBatch() {
    for (String text : new String[] {null, "", "xa-1", "[xa-1)", "xa-1, xa-2", "[xa-1, xa-2]"}) {
      assertThatThrownBy(() -> SubordinateBatch.parse(text)).as(String.valueOf(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void shouldRefuseABatchSizeBelowOne() {
    assertThatThrownBy(() -> SubordinateBatch.split(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
