package vn.rollout.programme.quality;

/** An item with its texts read once per check ({@link VietnameseText#tokens}), for every detection. */
record ReadItem(ProgrammeItem item, VietnameseText.Tokens content, VietnameseText.Tokens output, VietnameseText.Tokens target) {

  static ReadItem of(ProgrammeItem item) {
    return new ReadItem(item, VietnameseText.tokens(item.content()), VietnameseText.tokens(item.output()),
        VietnameseText.tokens(item.target()));
  }
}
