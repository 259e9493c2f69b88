package vn.rollout.supervision;

/** One row of the inspection form's list: what the inspected committee must remedy, and by when ({@code yyyy-MM-dd}). */
record Shortcoming(String content, String deadline) {}
