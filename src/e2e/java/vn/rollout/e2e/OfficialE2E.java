package vn.rollout.e2e;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import vn.rollout.e2e.support.EndToEndTest;
import vn.rollout.e2e.support.EngineRest;
import vn.rollout.e2e.support.Webapps;

/**
 * Paths 1 and 5: an official of a ward's propaganda board does the study task in Tasklist. The steps
 * are written down; fill them in once the rollout pipeline is on main. Helpers: {@link Webapps}
 * (logIn, openTasklist, logOut, screenshot), {@code Tasklist} (filter, open, claim, complete, details),
 * {@link EngineRest} (set-up as the administrator), {@code Identity} (users and groups).
 */
@EndToEndTest
class OfficialE2E {

  @Test
  @Disabled("needs issue 4: POST /api/resolutions, the study task with its Camunda Form, the committees' groups and the Tasklist filter 'Việc của đơn vị'")
  void shouldLetAWardOfficialHoldTheStudySessionsAndPassTheRolloutToTheWardOffice(Webapps webapps, EngineRest admin) {
    // Set-up as the administrator (REST): a user of the ward's propaganda board (group of the organ,
    // e.g. dn-hai-chau.ban-tuyen-giao) and one of the ward office; register a resolution of the city
    // (POST /api/resolutions, 05-NQ/TU) and approve the city's programme, so that the ward's rollout
    // starts (or register one at the ward's own level, if the pipeline allows it).
    //
    // 1. webapps.logIn(propagandaOfficial): the Vietnamese login form; screenshot.
    // 2. Tasklist tasklist = webapps.openTasklist().filter("Việc của đơn vị"); screenshot.
    // 3. tasklist.open("Tổ chức học tập, quán triệt nghị quyết"); the form shows the resolution's
    //    symbol and the deadline as dd/MM/yyyy; screenshot.
    // 4. tasklist.claim().
    // 5. Fill the Camunda Form by its Vietnamese labels (tasklist.details().getByLabel(…)): add two
    //    sessions in the dynamic list, one for "Cán bộ chủ chốt" (trực tiếp) and one for "Đảng viên"
    //    (trực tuyến), each with date, invited and attended; a make-up session for the absentees with
    //    its date; notes. Screenshot.
    // 6. tasklist.complete(); assertThat(tasklist.tasks("Tổ chức học tập, quán triệt nghị quyết")).hasCount(0).
    // 7. REST: the sessions are stored (the pipeline's domain tables or variables), the study task is
    //    completed in history.
    // 8. webapps.logOut(); webapps.logIn(wardOfficeOfficial); openTasklist().filter("Việc của đơn vị"):
    //    "Xây dựng chương trình hành động" is there for the ward office; screenshot.
  }

  @Test
  @Disabled("needs issue 4: the study task's Camunda Form and its server-side checks (attended ≤ invited, dates inside the term)")
  void shouldShowAVietnameseErrorAndCompleteNothingWhenTheFormIsWrong(Webapps webapps, EngineRest admin) {
    // Set-up as in the path above, up to the claimed study task (steps 1 to 4).
    //
    // 1. Enter a session with attended greater than invited; tasklist.complete().
    //    The form shows a Vietnamese error at the field (e.g. "Số người dự không được lớn hơn số người
    //    được mời"); screenshot. The task is still open (REST GET /task/{id} → 200) and still listed.
    // 2. Correct it; enter a session date (or, in the programme form, a deadline) outside the
    //    resolution's term; tasklist.complete(). A Vietnamese error names the date; screenshot; the task
    //    is still open.
    // 3. The same two mistakes sent to the server directly (POST /engine-rest/task/{id}/complete with
    //    the variables) are refused with 400 naming the field: the server checks again.
    // 4. No browser console errors (checked after every test by the extension).
  }
}
