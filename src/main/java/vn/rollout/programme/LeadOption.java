package vn.rollout.programme;

/** An organ or unit that can lead or coordinate an item: a select option of the programme form. */
public record LeadOption(String label, String value) {}
