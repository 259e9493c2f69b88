package vn.rollout.evaluation;

import vn.rollout.review.ReportState;

/**
 * A committee's figures on one resolution for the organisation board's annual evaluation.
 *
 * @param itemsOnTimePercent done on time ÷ (done on time + done late + overdue), in %; {@code null}
 *     while no item is done or overdue
 * @param outputsDeliveredPercent items closed with their output recorded ÷ all items, in %; {@code null}
 *     without an approved programme
 * @param reportsOnTimePercent review reports sent on time ÷ review reports due or sent, in %; {@code null}
 *     while none is due
 */
record Evaluation(
    String committee,
    String committeeName,
    long resolution,
    int items,
    int itemsDoneOnTime,
    int itemsDoneLate,
    int itemsOverdue,
    Double itemsOnTimePercent,
    int outputsDelivered,
    Double outputsDeliveredPercent,
    ReportState midTermReport,
    ReportState finalReport,
    Double reportsOnTimePercent) {
}
